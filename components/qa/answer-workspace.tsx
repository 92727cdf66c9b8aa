"use client";

import { format } from "date-fns";
import { Pencil } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import type { ReactNode } from "react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { saveDraftAnswerAction, submitFinalAnswerAction } from "@/lib/qa/actions";
import type { QaAnswerDto } from "@/lib/qa/get-question-thread";
import { QA_ANSWER_MAX_LENGTH } from "@/lib/qa/qa-options";
import { AnswerText } from "./answer-text";

type Props = {
  questionId: string;
  number: number;
  askerOrgName: string;
  drafts: QaAnswerDto[];
  /** Beside the editor's buttons: the AI draft button, when there is one. */
  extraAction?: ReactNode;
};

type Editing = { answerId: string | null; content: string; linkedDocumentIds: string[] };

const BLANK: Editing = { answerId: null, content: "", linkedDocumentIds: [] };

/**
 * The project team's answer desk: an editor that saves drafts (the investor never sees them) and
 * submits the one final answer after a confirmation, above the drafts so far. Continuing a draft
 * keeps its linked documents.
 */
export function AnswerWorkspace({ questionId, number, askerOrgName, drafts, extraAction }: Props) {
  const [editing, setEditing] = useState<Editing>(BLANK);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const save = useAction(saveDraftAnswerAction, { onSuccess: ({ data }) => data && setEditing((current) => ({ ...current, answerId: data.id })) });
  const submit = useAction(submitFinalAnswerAction);
  const errors = save.result.validationErrors?.fieldErrors ?? {};
  const contentError = errors.content?.[0] ?? submit.result.validationErrors?.fieldErrors?.content?.[0] ?? null;
  const editedDraft = drafts.find((draft) => draft.id === editing.answerId) ?? null;
  const dirty = editedDraft ? editedDraft.content !== editing.content : editing.content.trim() !== "";

  function load(draft: QaAnswerDto) {
    save.reset();
    setEditing({ answerId: draft.id, content: draft.content, linkedDocumentIds: draft.linkedDocuments.map((document) => document.id) });
  }

  return (
    <div className="grid gap-5">
      <form
        className="grid gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (!save.isPending) save.execute({ questionId, ...editing });
        }}
      >
        {save.result.serverError ? (
          <Alert variant="danger" title="The draft was not saved">
            {save.result.serverError.message}
          </Alert>
        ) : null}
        <Field
          label={editedDraft ? `Editing the draft by ${editedDraft.authorName}` : "New answer"}
          hint={`Drafts stay inside your organisation; ${askerOrgName} sees only the final answer.`}
          error={contentError}
        >
          <Textarea
            rows={8}
            maxLength={QA_ANSWER_MAX_LENGTH}
            value={editing.content}
            onChange={(event) => setEditing((current) => ({ ...current, content: event.target.value }))}
          />
        </Field>
        <div className="flex flex-wrap items-center gap-2">
          {extraAction}
          <span aria-live="polite" className="ml-auto text-xs text-muted-foreground">
            {save.isPending ? "Saving…" : dirty ? "Unsaved changes" : save.result.data ? "Draft saved" : ""}
          </span>
          {editing.answerId ? (
            <Button type="button" variant="ghost" size="sm" onClick={() => (save.reset(), setEditing(BLANK))}>
              Start a new draft
            </Button>
          ) : null}
          <Button type="submit" variant="outline" size="sm" disabled={!dirty || save.isPending} aria-busy={save.isPending}>
            Save draft
          </Button>
          <ConfirmDialog
            trigger={
              <Button type="button" size="sm" disabled={!editing.content.trim()}>
                Submit final answer
              </Button>
            }
            title={`Send this answer to ${askerOrgName}?`}
            description={`It becomes the final answer to question #${number}: ${askerOrgName} is told and reads it, and it cannot be changed or replaced.`}
            confirmLabel="Submit final answer"
            pendingLabel="Submitting…"
            destructive={false}
            error={submitError}
            onOpenChange={() => setSubmitError(null)}
            onConfirm={async () => {
              const result = await submit.executeAsync({ questionId, content: editing.content, linkedDocumentIds: editing.linkedDocumentIds });
              const message =
                result?.serverError?.message ??
                result?.validationErrors?.fieldErrors?.content?.[0] ??
                (result?.validationErrors ? "That answer was not valid: check it and try again." : null);
              setSubmitError(message);
              return message === null;
            }}
          />
        </div>
      </form>
      <section aria-label="Drafts" className="grid gap-3">
        <h4 className="text-sm font-semibold">Drafts ({drafts.length})</h4>
        {drafts.length ? (
          <ol className="grid gap-3">
            {drafts.map((draft) => (
              <li key={draft.id} className="grid gap-2 rounded-md border border-border p-3">
                <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted-foreground">
                  <span>
                    {draft.authorName} · <time dateTime={draft.updatedAt}>{format(new Date(draft.updatedAt), "d MMM yyyy, HH:mm")}</time>
                    {draft.citations.length ? ` · ${draft.citations.length} source${draft.citations.length === 1 ? "" : "s"}` : ""}
                  </span>
                  <Button type="button" variant="ghost" size="sm" onClick={() => load(draft)} disabled={editing.answerId === draft.id}>
                    <Pencil aria-hidden /> {editing.answerId === draft.id ? "In the editor" : "Continue this draft"}
                  </Button>
                </div>
                <AnswerText content={draft.content} citations={draft.citations} linkCitations />
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState size="sm" title="No drafts yet" description="Write an answer above and save it as a draft to work on it with your team." />
        )}
      </section>
    </div>
  );
}
