"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { AddHoldingButtons, HoldingTermsFields } from "./holding-terms-fields";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { CountryCombobox } from "@/components/projects/form/country-combobox";
import { stageLabel } from "@/components/projects/list/filter-options";
import { addOffPlatformHoldingAction } from "@/lib/portfolios/actions";
import type { CountryOption } from "@/lib/projects/project-form-options";
import { PROJECT_STAGES, PROJECT_TYPES } from "@/lib/projects/project-options";
import { projectTypeLabel } from "@/lib/projects/project-type-label";

const text = (form: FormData, key: string) => String(form.get(key) ?? "");

/** A holding in a project whose developer is not on the platform: the investor names and places it, then the terms. */
export function AddOffPlatformHoldingForm({
  portfolioId,
  baseCurrency,
  currencies,
  countries,
  today,
}: {
  portfolioId: string;
  baseCurrency: string;
  currencies: string[];
  countries: CountryOption[];
  today: string;
}) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(addOffPlatformHoldingAction, {
    onSuccess: ({ data }) => data && router.push(`/portfolios/${portfolioId}/holdings/${data.id}`),
  });
  const errors = result.validationErrors?.fieldErrors ?? {};
  return (
    <form
      noValidate
      aria-label="Add an off-platform holding"
      className="grid max-w-2xl gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const field = (key: string) => text(form, key);
        execute({
          portfolioId,
          projectName: field("projectName"),
          developerName: field("developerName"),
          projectType: field("projectType") as (typeof PROJECT_TYPES)[number],
          stage: field("stage") as (typeof PROJECT_STAGES)[number],
          geographyCountry: field("geographyCountry"),
          geographyRegion: field("geographyRegion"),
          capacityMw: field("capacityMw"),
          investmentDate: field("investmentDate"),
          committedAmount: field("committedAmount"),
          currency: field("currency"),
          ownershipPct: field("ownershipPct"),
        });
      }}
    >
      {result.serverError ? <Alert variant="danger">{result.serverError.message}</Alert> : null}
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <Field label="Project name" required error={errors.projectName}>
          <Input name="projectName" placeholder="e.g. Lake Naivasha Geothermal II" />
        </Field>
        <Field label="Developer" error={errors.developerName} hint="Who builds or runs it.">
          <Input name="developerName" />
        </Field>
        <Field label="Technology" required error={errors.projectType}>
          <NativeSelect name="projectType" defaultValue="SOLAR">
            {PROJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {projectTypeLabel(type)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Stage" required error={errors.stage}>
          <NativeSelect name="stage" defaultValue="OPERATIONAL">
            {PROJECT_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {stageLabel(stage)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Country" required error={errors.geographyCountry}>
          <CountryCombobox name="geographyCountry" options={countries} defaultValue="" />
        </Field>
        <Field label="Region" error={errors.geographyRegion}>
          <Input name="geographyRegion" placeholder="e.g. Nakuru County" />
        </Field>
        <Field label="Capacity (MW)" error={errors.capacityMw}>
          <Input name="capacityMw" inputMode="decimal" placeholder="35" />
        </Field>
        <HoldingTermsFields errors={errors} currencies={currencies} today={today} currency={{ defaultValue: baseCurrency }} />
      </div>
      <AddHoldingButtons portfolioId={portfolioId} isPending={isPending} />
    </form>
  );
}
