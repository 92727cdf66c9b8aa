"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { updateMatchNotesAction } from "@/lib/matching/inbox/actions";
import { MATCH_NOTES_MAX_LENGTH } from "@/lib/matching/inbox/match-transitions";

type Props = { matchId: string; notes: string; counterpartName: string };

/** This side's private notes: saved with the button (or Ctrl/Cmd+Enter); the other side never sees them. */
export function MatchNotesForm({ matchId, notes, counterpartName }: Props) {
  const [value, setValue] = useState(notes);
  const [saved, setSaved] = useState(notes);
  const { execute, result, isPending } = useAction(updateMatchNotesAction, { onSuccess: ({ data }) => data && setSaved(data.notes) });
  const dirty = value !== saved;
  const error = result.serverError?.message ?? result.validationErrors?.fieldErrors?.notes?.[0] ?? null;

  function save(event?: React.FormEvent) {
    event?.preventDefault();
    if (dirty && !isPending) execute({ matchId, notes: value });
  }

  return (
    <form onSubmit={save} className="grid gap-3">
      <Field label="Private notes" hint={`Only your organisation sees these; ${counterpartName} does not.`} error={error}>
        <Textarea
          value={value}
          rows={6}
          maxLength={MATCH_NOTES_MAX_LENGTH}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) save();
          }}
        />
      </Field>
      <div className="flex items-center justify-end gap-3">
        <span aria-live="polite" className="text-xs text-muted-foreground">
          {isPending ? "Saving…" : dirty ? "Unsaved changes" : result.data ? "Saved" : ""}
        </span>
        <Button type="submit" variant="outline" size="sm" disabled={!dirty || isPending} aria-busy={isPending}>
          Save notes
        </Button>
      </div>
    </form>
  );
}
