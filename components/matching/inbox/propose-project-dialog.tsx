"use client";

import { Send } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { proposeProjectAction } from "@/lib/matching/inbox/actions";
import type { ProposableProjectDto } from "@/lib/matching/inbox/list-proposable-projects";

type Props = { mandate: { id: string; name: string; investorOrgName: string }; projects: ProposableProjectDto[] };

/** Picks one of the org's published projects and proposes it against the mandate; the new match opens on success. */
export function ProposeProjectDialog({ mandate, projects }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [projectId, setProjectId] = useState(projects[0]?.id ?? "");
  const { execute, result, isPending, reset } = useAction(proposeProjectAction, {
    onSuccess: ({ data }) => {
      if (data) router.push(`/matches/${data.matchId}`);
    },
  });
  const fieldError = result.validationErrors?.fieldErrors?.projectId?.[0] ?? null;

  function onOpenChange(next: boolean) {
    if (isPending) return;
    if (next) reset();
    setOpen(next);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={!projects.length}>
          <Send aria-hidden /> Propose a project
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-md">
        <DialogHeader>
          <DialogTitle>Propose a project to {mandate.investorOrgName}</DialogTitle>
          <DialogDescription>They are told, with how the project scores against “{mandate.name}”. The conversation opens if they express interest.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            execute({ projectId, mandateId: mandate.id });
          }}
        >
          {result.serverError ? (
            <Alert variant="danger" title="The project was not proposed">
              {result.serverError.message}
            </Alert>
          ) : null}
          <Field label="Project" hint="Only your projects on the marketplace can be proposed." error={fieldError} required>
            <NativeSelect value={projectId} onChange={(event) => setProjectId(event.target.value)}>
              {projects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={isPending || !projectId} aria-busy={isPending}>
              {isPending ? "Proposing…" : "Propose"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
