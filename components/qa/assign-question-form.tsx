"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { assignQuestionAction } from "@/lib/qa/actions";
import { QA_TEAM_LABELS, QA_TEAMS, type QaTeam } from "@/lib/qa/qa-options";

type Props = {
  questionId: string;
  members: { id: string; name: string }[];
  current: { assigneeId: string | null; team: string | null };
};

/** Routes the question to a member of the team and/or a team; the new assignee is told. */
export function AssignQuestionForm({ questionId, members, current }: Props) {
  const [assigneeId, setAssigneeId] = useState(current.assigneeId ?? "");
  const [team, setTeam] = useState(current.team ?? "");
  const [saved, setSaved] = useState(current);
  const { execute, result, isPending } = useAction(assignQuestionAction, { onSuccess: () => setSaved({ assigneeId: assigneeId || null, team: team || null }) });
  const errors = result.validationErrors?.fieldErrors ?? {};
  const formError = result.validationErrors?.formErrors?.[0] ?? null;
  const dirty = (assigneeId || null) !== saved.assigneeId || (team || null) !== saved.team;

  return (
    <form
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ questionId, assigneeId: assigneeId || null, team: (team || null) as QaTeam | null });
      }}
    >
      {result.serverError ? (
        <Alert variant="danger" title="Not assigned">
          {result.serverError.message}
        </Alert>
      ) : null}
      <Field label="Person" error={errors.assigneeId ?? formError}>
        <NativeSelect value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)}>
          <option value="">Nobody in particular</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Team" error={errors.team}>
        <NativeSelect value={team} onChange={(event) => setTeam(event.target.value)}>
          <option value="">No team</option>
          {QA_TEAMS.map((value) => (
            <option key={value} value={value}>
              {QA_TEAM_LABELS[value]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <div className="flex items-center justify-end gap-3">
        <span aria-live="polite" className="text-xs text-muted-foreground">
          {isPending ? "Saving…" : dirty ? "Unsaved changes" : result.data ? "Assigned" : ""}
        </span>
        <Button type="submit" variant="outline" size="sm" disabled={!dirty || isPending} aria-busy={isPending}>
          Assign
        </Button>
      </div>
    </form>
  );
}
