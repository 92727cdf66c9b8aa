"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { createPromptVersionAction } from "@/lib/prompts/actions";

type Props = { taskType: string; basedOn: { version: number | null; content: string; systemPrompt: string | null } };

/** A new version starts as a copy of the active one; it is saved inactive and activated from the list. */
export function PromptVersionForm({ taskType, basedOn }: Props) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(createPromptVersionAction, {
    onSuccess: () => router.push(`/admin/prompts/${taskType}`),
  });
  const errors = result.validationErrors?.fieldErrors ?? {};

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    execute({ taskType, content: form.content, systemPrompt: form.systemPrompt || undefined, notes: form.notes });
  }

  return (
    <form onSubmit={onSubmit} className="grid max-w-4xl gap-5" noValidate>
      {result.serverError ? (
        <Alert variant="danger" title="The version was not saved">
          {result.serverError.message}
        </Alert>
      ) : null}
      <Field label="System prompt" error={errors.systemPrompt} hint="Optional: the model's standing instructions.">
        <Textarea name="systemPrompt" rows={4} defaultValue={basedOn.systemPrompt ?? ""} className="font-mono text-xs" />
      </Field>
      <Field
        label="Prompt"
        error={errors.content}
        hint="Placeholders like {{project_json}} are filled in at run time; {{output_schema}} is the JSON schema of the expected answer."
        required
      >
        <Textarea name="content" rows={16} defaultValue={basedOn.content} className="font-mono text-xs" />
      </Field>
      <Field label="Notes" error={errors.notes} hint="What changed and why: shown in the version list and the audit log." required>
        <Textarea name="notes" rows={2} />
      </Field>
      <div className="flex gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : "Save as new version"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
      <p className="text-xs text-muted-foreground">
        {basedOn.version ? `Starts from version ${basedOn.version}.` : "Starts from the platform default."} Saving does not change what runs until you activate it.
      </p>
    </form>
  );
}
