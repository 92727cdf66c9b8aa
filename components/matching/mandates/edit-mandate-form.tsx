"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { updateMandateAction } from "@/lib/matching/mandates/actions";
import type { ProjectFormOptions } from "@/lib/projects/project-form-options";
import { MandateForm } from "./mandate-form";
import type { MandateFormValues } from "./mandate-form-values";
import { readMandateForm } from "./read-mandate-form";

type Props = { mandateId: string; values: MandateFormValues; options: ProjectFormOptions };

/** Saving rescores the mandate's matches; the person goes back to its page to see them. */
export function EditMandateForm({ mandateId, values, options }: Props) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(updateMandateAction, {
    onSuccess: () => router.push(`/mandates/${mandateId}`),
  });
  const errors = useMemo(() => result.validationErrors?.fieldErrors ?? {}, [result]);
  return (
    <MandateForm
      mode="edit"
      values={values}
      options={options}
      errors={errors}
      serverError={result.serverError}
      pending={isPending}
      cancelHref={`/mandates/${mandateId}`}
      onSubmit={(form) => execute({ ...readMandateForm(form), mandateId })}
    />
  );
}
