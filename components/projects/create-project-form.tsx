"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { createProjectAction } from "@/lib/projects/actions";
import type { ProjectFormOptions } from "@/lib/projects/project-form-options";
import { ProjectForm } from "./form/project-form";
import { EMPTY_PROJECT_FORM } from "./form/project-form-values";
import { readProjectForm } from "./form/read-project-form";

/** New projects start as drafts; on success the person lands on the project's page. */
export function CreateProjectForm({ options }: { options: ProjectFormOptions }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(createProjectAction, {
    onSuccess: ({ data }) => data && router.push(`/projects/${data.id}`),
  });
  const errors = useMemo(() => result.validationErrors?.fieldErrors ?? {}, [result]);
  return (
    <ProjectForm
      mode="create"
      values={EMPTY_PROJECT_FORM}
      options={options}
      errors={errors}
      serverError={result.serverError}
      pending={isPending}
      cancelHref="/projects"
      onSubmit={(form, cover) => execute(readProjectForm(form, cover.file))}
    />
  );
}
