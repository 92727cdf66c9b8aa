"use client";

import { FormSection } from "@/components/projects/form/form-section";
import { Field } from "@/components/ui/field";
import { PROJECT_STAGES, PROJECT_TYPES } from "@/lib/projects/project-options";
import type { CountryOption } from "@/lib/projects/project-form-options";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { CheckboxGroup } from "./checkbox-group";
import { CountryMultiSelect } from "./country-multi-select";
import { fieldError, type MandateFieldErrors } from "./field-error";
import type { MandateFormValues } from "./mandate-form-values";

const titleCase = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

type Props = { values: MandateFormValues; errors: MandateFieldErrors; countries: CountryOption[] };

/** What the mandate invests in and where: technologies, stages, target and excluded countries. */
export function MandateFocusFields({ values, errors, countries }: Props) {
  return (
    <FormSection
      title="What and where"
      description="Sectors and countries are gates: a project outside them is never suggested. Stages next to yours earn partial credit by risk tolerance. Leave a list empty to accept any."
    >
      <CheckboxGroup
        legend="Technologies"
        name="projectTypes"
        options={PROJECT_TYPES.map((type) => ({ value: type, label: projectTypeLabel(type) }))}
        defaultValue={values.projectTypes}
        error={fieldError(errors, "projectTypes")}
      />
      <CheckboxGroup
        legend="Stages"
        name="stages"
        options={PROJECT_STAGES.map((stage) => ({ value: stage, label: titleCase(stage) }))}
        defaultValue={values.stages}
        error={fieldError(errors, "stages")}
      />
      <Field label="Geographies" hint="Countries the mandate invests in." error={fieldError(errors, "geographies")}>
        <CountryMultiSelect name="geographies" options={countries} defaultValue={values.geographies} />
      </Field>
      <Field label="Excluded geographies" hint="Never matched, whatever else fits (e.g. sanctioned countries)." error={fieldError(errors, "excludedGeographies")}>
        <CountryMultiSelect name="excludedGeographies" options={countries} defaultValue={values.excludedGeographies} placeholder="Search countries to exclude" />
      </Field>
    </FormSection>
  );
}
