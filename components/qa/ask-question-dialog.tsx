"use client";

import { MessageCircleQuestion } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { askQuestionAction } from "@/lib/qa/actions";
import { QA_CATEGORIES, QA_CATEGORY_LABELS, QA_PRIORITIES, QA_PRIORITY_LABELS, type QaPriority } from "@/lib/qa/qa-options";
import { QA_QUESTION_MAX_LENGTH } from "@/lib/qa/qa-options";
import { formatHours } from "./format-hours";

type Props = {
  projectId: string;
  /** Asked from a deal room: the room's documents may be linked, and the question belongs to the room. */
  dealRoomId?: string;
  developerName: string;
  slaHours: Record<QaPriority, number>;
  slaIsDefault: boolean;
  /** The documents the investor can open (the listing's public ones, or the room's), which a question may point at. */
  documents: { id: string; name: string }[];
};

const EMPTY = { question: "", category: "", priority: "normal" as QaPriority, tags: "", linkedDocumentIds: [] as string[] };

/** Asks the developer a due-diligence question; once sent, the dialog says its number and links to it. */
export function AskQuestionDialog({ projectId, dealRoomId, developerName, slaHours, slaIsDefault, documents }: Props) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(EMPTY);
  const { execute, result, isPending, reset } = useAction(askQuestionAction, { onSuccess: () => setValues(EMPTY) });
  const errors = result.validationErrors?.fieldErrors ?? {};
  const sent = result.data;

  function onOpenChange(next: boolean) {
    if (isPending) return;
    if (next) reset();
    setOpen(next);
  }

  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) => setValues((current) => ({ ...current, [key]: value }));
  const toggleDocument = (id: string, on: boolean) =>
    set("linkedDocumentIds", on ? [...values.linkedDocumentIds, id] : values.linkedDocumentIds.filter((existing) => existing !== id));

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <MessageCircleQuestion aria-hidden /> Ask a question
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-lg">
        <DialogHeader>
          <DialogTitle>Ask {developerName} a question</DialogTitle>
          <DialogDescription>Only your organisation and the developer's team see it. They are told at once and answer before its deadline.</DialogDescription>
        </DialogHeader>
        {sent ? (
          <div className="grid gap-4">
            <Alert variant="success" title={`Question #${sent.number} sent`}>
              Follow it, and read the answer when it comes, in{" "}
              <Link href={`/qa/${sent.id}`} className="font-medium underline">
                question #{sent.number}
              </Link>
              .
            </Alert>
            <DialogFooter>
              <Button variant="outline" onClick={() => reset()}>
                Ask another
              </Button>
              <Button asChild>
                <Link href={`/qa/${sent.id}`}>Open question #{sent.number}</Link>
              </Button>
            </DialogFooter>
          </div>
        ) : (
          <form
            className="grid gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              execute({ projectId, dealRoomId, ...values, category: values.category as (typeof QA_CATEGORIES)[number] });
            }}
          >
            {result.serverError ? (
              <Alert variant="danger" title="The question was not sent">
                {result.serverError.message}
              </Alert>
            ) : null}
            <Field label="Question" error={errors.question} required>
              <Textarea rows={5} maxLength={QA_QUESTION_MAX_LENGTH} value={values.question} onChange={(event) => set("question", event.target.value)} />
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label="Category" error={errors.category} required>
                <NativeSelect value={values.category} onChange={(event) => set("category", event.target.value)}>
                  <option value="" disabled>
                    Choose…
                  </option>
                  {QA_CATEGORIES.map((category) => (
                    <option key={category} value={category}>
                      {QA_CATEGORY_LABELS[category]}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
              <Field
                label="Priority"
                error={errors.priority}
                hint={`Answered within ${formatHours(slaHours[values.priority])}${slaIsDefault ? " by default" : ", the developer's response time"}.`}
                required
              >
                <NativeSelect value={values.priority} onChange={(event) => set("priority", event.target.value as QaPriority)}>
                  {QA_PRIORITIES.map((priority) => (
                    <option key={priority} value={priority}>
                      {QA_PRIORITY_LABELS[priority]}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
            </div>
            <Field label="Tags" hint="Separated by commas, e.g. grid, PPA." error={errors.tags}>
              <Input value={values.tags} onChange={(event) => set("tags", event.target.value)} />
            </Field>
            {documents.length ? (
              <fieldset className="grid gap-1.5">
                <legend className="mb-1.5 text-sm font-medium">About these documents</legend>
                {documents.map((document) => (
                  <label key={document.id} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="size-4 accent-primary"
                      checked={values.linkedDocumentIds.includes(document.id)}
                      onChange={(event) => toggleDocument(document.id, event.target.checked)}
                    />
                    <span className="truncate">{document.name}</span>
                  </label>
                ))}
                {errors.linkedDocumentIds ? <p className="text-xs font-medium text-danger">{errors.linkedDocumentIds[0]}</p> : null}
              </fieldset>
            ) : null}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={isPending}>
                Cancel
              </Button>
              <Button type="submit" disabled={isPending} aria-busy={isPending}>
                {isPending ? "Sending…" : "Send question"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
