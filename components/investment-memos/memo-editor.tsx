"use client";

import { FileDown, Save } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import dynamic from "next/dynamic";
import { useDeferredValue, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { saveMemoAction } from "@/lib/investment-memos/actions";
import { findUnsupportedNumbers } from "@/lib/investment-memos/find-unsupported-numbers";
import { MEMO_CONTENT_MAX_LENGTH, MEMO_TITLE_MAX_LENGTH, type MemoSourceView } from "@/lib/investment-memos/memo-sections";
import { UnsupportedNumbersList } from "./unsupported-numbers-list";

// The markdown renderer (~40 KB) arrives after the editor has drawn; its place is held meanwhile.
const MemoPreview = dynamic(() => import("./memo-preview").then((m) => m.MemoPreview), {
  loading: () => <Skeleton className="h-96 w-full" />,
});

type Props = {
  memo: { id: string; title: string; content: string; updatedAt: string };
  /** Its name is no figure to source. */
  projectName: string;
  sources: MemoSourceView[];
  canEdit: boolean;
  pdfHref: string;
};

/**
 * The memo's markdown in a plain, labelled textarea beside its sanitised preview; the figures no
 * cited page supports are listed as you type (computed here, from the sources' excerpts). Save
 * keeps what was typed on any error, and a save over someone else's newer version is refused.
 */
export function MemoEditor({ memo, projectName, sources, canEdit, pdfHref }: Props) {
  const [title, setTitle] = useState(memo.title);
  const [content, setContent] = useState(memo.content);
  const [saved, setSaved] = useState({ title: memo.title, content: memo.content, updatedAt: memo.updatedAt });
  const deferred = useDeferredValue(content);
  const citations = useMemo(() => sources.map((s) => ({ n: s.n, excerpt: s.excerpt })), [sources]);
  const unsupported = useMemo(() => findUnsupportedNumbers(deferred, citations, [projectName]), [deferred, citations, projectName]);
  const { execute, isPending, result, reset } = useAction(saveMemoAction, {
    onSuccess: ({ data, input }) => data && setSaved({ title: input.title.trim(), content: input.content, updatedAt: data.updatedAt }),
  });
  const dirty = title.trim() !== saved.title || content !== saved.content;
  const fieldErrors = result.validationErrors?.fieldErrors;
  const error = result.serverError?.message ?? fieldErrors?.expectedUpdatedAt?.[0] ?? fieldErrors?.memoId?.[0] ?? null;

  function save(event?: React.FormEvent) {
    event?.preventDefault();
    if (!isPending && canEdit) execute({ memoId: memo.id, title, content, expectedUpdatedAt: saved.updatedAt });
  }

  return (
    <form onSubmit={save} className="grid gap-5" aria-label="Memo editor">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <Field label="Title" error={fieldErrors?.title ?? null} className="min-w-64 flex-1">
          <Input value={title} maxLength={MEMO_TITLE_MAX_LENGTH} readOnly={!canEdit} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <div className="flex items-center gap-3">
          <span aria-live="polite" className="text-xs text-muted-foreground" data-testid="memo-save-state">
            {isPending ? "Saving…" : dirty ? "Unsaved changes" : result.data ? "Saved" : ""}
          </span>
          {canEdit ? (
            <Button type="submit" disabled={!dirty || isPending} aria-busy={isPending}>
              <Save aria-hidden /> Save
            </Button>
          ) : null}
          <Button asChild variant="outline">
            <a href={pdfHref} download aria-disabled={dirty || undefined} title={dirty ? "Save first: the PDF is made from the saved memo." : undefined}>
              <FileDown aria-hidden /> Export PDF
            </a>
          </Button>
        </div>
      </div>
      {error ? (
        <p role="alert" className="rounded-md border border-danger/20 bg-danger-soft px-3 py-2 text-sm text-danger">
          {error} Your text is still here.
        </p>
      ) : null}
      <div className="grid gap-5 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_18rem]">
        <Field
          label="Memo (markdown)"
          hint={`Cite a source with its number, like [1]. ${content.length.toLocaleString("en")} of ${MEMO_CONTENT_MAX_LENGTH.toLocaleString("en")} characters.`}
          error={fieldErrors?.content ?? null}
          className="content-start"
        >
          <Textarea
            value={content}
            rows={32}
            readOnly={!canEdit}
            maxLength={MEMO_CONTENT_MAX_LENGTH}
            spellCheck
            className="font-mono text-xs"
            onChange={(e) => {
              setContent(e.target.value);
              if (result.serverError || result.validationErrors) reset();
            }}
            onKeyDown={(e) => {
              if (e.key === "s" && (e.metaKey || e.ctrlKey)) {
                e.preventDefault();
                save();
              }
            }}
          />
        </Field>
        <section aria-labelledby="memo-preview-heading" className="grid content-start gap-1.5">
          <h2 id="memo-preview-heading" className="text-sm font-medium">
            Preview
          </h2>
          <div
            className="max-h-[48rem] overflow-y-auto rounded-md border border-border bg-surface p-4"
            data-testid="memo-preview"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can scroll a preview taller than its frame
            tabIndex={0}
            aria-labelledby="memo-preview-heading"
            role="region"
          >
            <MemoPreview markdown={deferred} />
          </div>
        </section>
        <UnsupportedNumbersList items={unsupported} />
      </div>
    </form>
  );
}
