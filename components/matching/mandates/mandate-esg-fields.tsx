"use client";

import { FormSection } from "@/components/projects/form/form-section";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { fieldError, type MandateFieldErrors } from "./field-error";
import type { MandateFormValues } from "./mandate-form-values";

type Props = { values: MandateFormValues; errors: MandateFieldErrors };

const Check = ({ name, defaultChecked, label, hint }: { name: string; defaultChecked: boolean; label: string; hint: string }) => (
  <label className="flex cursor-pointer items-start gap-2 text-sm">
    <input type="checkbox" name={name} defaultChecked={defaultChecked} className="mt-0.5 size-4 accent-primary" />
    <span>
      <span className="font-medium">{label}</span>
      <span className="block text-xs text-muted-foreground">{hint}</span>
    </span>
  </label>
);

/** What a project must meet on environment, society and governance, and the words that rule one out. */
export function MandateEsgFields({ values, errors }: Props) {
  return (
    <FormSection
      title="ESG and exclusions"
      description="Requirements a project must meet, and words that rule a project out wherever they appear in its name, description or technology."
    >
      <Field
        label="Minimum ESG score"
        error={errors.minEsgScore}
        hint="0 to 100, against the ESG score of the project's latest Signal Score. Empty: none."
        className="sm:max-w-xs"
      >
        <Input name="minEsgScore" inputMode="numeric" autoComplete="off" defaultValue={values.minEsgScore} className="tabular-nums" />
      </Field>
      <div className="grid gap-3">
        <Check
          name="ifcPerformanceStandards"
          defaultChecked={values.ifcPerformanceStandards}
          label="Require IFC Performance Standards"
          hint="The project follows the IFC's eight environmental and social standards."
        />
        <Check
          name="requireFpic"
          defaultChecked={values.requireFpic}
          label="Require free, prior and informed consent (FPIC)"
          hint="Affected indigenous communities have consented, as IFC PS 7 asks."
        />
      </div>
      <Field label="Exclusions" error={fieldError(errors, "exclusions")} hint="Whole words, any case, separated by commas or new lines, e.g. coal, lignite.">
        <Textarea name="exclusions" rows={2} defaultValue={values.exclusions} placeholder="coal, oil sands" />
      </Field>
    </FormSection>
  );
}
