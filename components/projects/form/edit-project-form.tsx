"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { updateProjectAction } from "@/lib/projects/actions";
import type { ProjectFormOptions } from "@/lib/projects/project-form-options";
import type { UpdateProjectFormInput } from "@/lib/projects/schemas";
import { ProjectForm } from "./project-form";
import type { ProjectFormValues } from "./project-form-values";
import { readProjectForm } from "./read-project-form";

type Props = { projectId: string; loadedUpdatedAt: string; values: ProjectFormValues; options: ProjectFormOptions };

/**
 * Saves with the updated_at the page loaded: if someone else saved in between, the server refuses
 * (STALE_WRITE) and the form says so instead of overwriting their change.
 */
export function EditProjectForm({ projectId, loadedUpdatedAt, values, options }: Props) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(updateProjectAction, {
    // The action revalidated the project's pages; a refresh here could overtake the push and keep
    // the browser on the edit page.
    onSuccess: () => router.push(`/projects/${projectId}`),
  });
  const errors = useMemo(() => result.validationErrors?.fieldErrors ?? {}, [result]);
  return (
    <ProjectForm
      mode="edit"
      values={values}
      options={options}
      errors={errors}
      serverError={result.serverError}
      pending={isPending}
      cancelHref={`/projects/${projectId}`}
      onSubmit={(form, cover) =>
        execute({
          ...readProjectForm(form, cover.file),
          projectId,
          expectedUpdatedAt: loadedUpdatedAt,
          removeCover: cover.removed,
        } as UpdateProjectFormInput)
      }
    />
  );
}
