"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { createMandateAction } from "@/lib/matching/mandates/actions";
import type { ProjectFormOptions } from "@/lib/projects/project-form-options";
import { MandateForm } from "./mandate-form";
import { EMPTY_MANDATE_FORM } from "./mandate-form-values";
import { readMandateForm } from "./read-mandate-form";

/** A new mandate is active at once; the person lands on its page, where matches appear as the engine scores them. */
export function CreateMandateForm({ options }: { options: ProjectFormOptions }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(createMandateAction, {
    onSuccess: ({ data }) => data && router.push(`/mandates/${data.id}`),
  });
  const errors = useMemo(() => result.validationErrors?.fieldErrors ?? {}, [result]);
  return (
    <MandateForm
      mode="create"
      values={EMPTY_MANDATE_FORM}
      options={options}
      errors={errors}
      serverError={result.serverError}
      pending={isPending}
      cancelHref="/mandates"
      onSubmit={(form) => execute(readMandateForm(form))}
    />
  );
}
