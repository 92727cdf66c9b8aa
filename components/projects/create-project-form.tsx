"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { createProjectAction } from "@/lib/projects/actions";
import { PROJECT_STAGES, PROJECT_TYPES } from "@/lib/projects/schemas";
import { projectTypeLabel } from "@/components/dashboard/project-type-label";

const titleCase = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

export function CreateProjectForm() {
  const router = useRouter();
  const { execute, result, isPending } = useAction(createProjectAction, {
    onSuccess: ({ data }) => data && router.push(`/projects/${data.id}`),
  });
  const errors = result.validationErrors?.fieldErrors ?? {};

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    execute({
      name: form.name,
      description: form.description,
      projectType: form.projectType as (typeof PROJECT_TYPES)[number],
      stage: form.stage as (typeof PROJECT_STAGES)[number],
      geographyCountry: form.geographyCountry.toUpperCase(),
      geographyRegion: form.geographyRegion,
      totalInvestmentRequired: form.totalInvestmentRequired.replace(/,/g, ""),
      currency: form.currency.toUpperCase(),
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid max-w-3xl gap-5" noValidate>
      {result.serverError ? <Alert variant="danger" title="The project was not created">{result.serverError.message}</Alert> : null}
      <Field label="Project name" error={errors.name} required>
        <Input name="name" autoComplete="off" placeholder="e.g. Turkana Solar Park" />
      </Field>
      <Field label="Description" error={errors.description} hint="What it is, where, and why investors should care." required>
        <Textarea name="description" rows={5} />
      </Field>
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <Field label="Technology" error={errors.projectType} required>
          <NativeSelect name="projectType" defaultValue="SOLAR">
            {PROJECT_TYPES.map((type) => <option key={type} value={type}>{projectTypeLabel(type)}</option>)}
          </NativeSelect>
        </Field>
        <Field label="Stage" error={errors.stage} required>
          <NativeSelect name="stage" defaultValue="DEVELOPMENT">
            {PROJECT_STAGES.map((stage) => <option key={stage} value={stage}>{titleCase(stage)}</option>)}
          </NativeSelect>
        </Field>
        <Field label="Country (ISO code)" error={errors.geographyCountry} hint="Two letters, e.g. KE" required>
          <Input name="geographyCountry" className="uppercase" />
        </Field>
        <Field label="Region or state" error={errors.geographyRegion} required>
          <Input name="geographyRegion" />
        </Field>
        <Field label="Investment sought" error={errors.totalInvestmentRequired} hint="Up to 4 decimal places" required>
          <Input name="totalInvestmentRequired" inputMode="decimal" placeholder="25000000" />
        </Field>
        <Field label="Currency (ISO 4217)" error={errors.currency} required>
          <Input name="currency" defaultValue="USD" className="uppercase" />
        </Field>
      </div>
      <div className="flex gap-3">
        <Button type="submit" disabled={isPending}>{isPending ? "Creating…" : "Create project"}</Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>Cancel</Button>
      </div>
    </form>
  );
}
