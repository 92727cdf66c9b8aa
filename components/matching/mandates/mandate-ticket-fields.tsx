"use client";

import { CurrencySelect } from "@/components/projects/form/currency-select";
import { FormSection } from "@/components/projects/form/form-section";
import { InputWithUnit } from "@/components/projects/form/input-with-unit";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { INSTRUMENT_LABELS, INSTRUMENT_TYPES, RISK_TOLERANCE_LABELS, RISK_TOLERANCES } from "@/lib/matching/mandates/mandate-options";
import type { ProjectFormOptions } from "@/lib/projects/project-form-options";
import { CheckboxGroup } from "./checkbox-group";
import { fieldError, type MandateFieldErrors } from "./field-error";
import type { MandateFormValues } from "./mandate-form-values";

type Props = { values: MandateFormValues; errors: MandateFieldErrors; currencies: ProjectFormOptions["currencies"] };

/** How much, in what, for what return and risk. Projects raising in another currency are converted at dated ECB rates. */
export function MandateTicketFields({ values, errors, currencies }: Props) {
  return (
    <FormSection
      title="Ticket and returns"
      description="The amount you would put into one project. Projects raising in another currency are converted at dated ECB rates."
    >
      <div className="grid items-start gap-5 sm:grid-cols-3">
        <Field label="Minimum ticket" error={errors.ticketSizeMin} hint="e.g. 5000000">
          <Input name="ticketSizeMin" inputMode="decimal" autoComplete="off" defaultValue={values.ticketSizeMin} className="tabular-nums" />
        </Field>
        <Field label="Maximum ticket" error={errors.ticketSizeMax} hint="e.g. 25000000">
          <Input name="ticketSizeMax" inputMode="decimal" autoComplete="off" defaultValue={values.ticketSizeMax} className="tabular-nums" />
        </Field>
        <Field label="Currency" error={errors.currency} required hint="ISO 4217">
          <CurrencySelect name="currency" defaultValue={values.currency} currencies={currencies} />
        </Field>
      </div>
      <Field label="Target IRR" error={errors.targetIrrPct} hint="The return the mandate aims for, e.g. 12.5." className="sm:max-w-xs">
        <InputWithUnit name="targetIrrPct" unit="%" inputMode="decimal" autoComplete="off" defaultValue={values.targetIrrPct} className="tabular-nums" />
      </Field>
      <CheckboxGroup
        legend="Instruments"
        name="instrumentTypes"
        options={INSTRUMENT_TYPES.map((type) => ({ value: type, label: INSTRUMENT_LABELS[type] }))}
        defaultValue={values.instrumentTypes}
        error={fieldError(errors, "instrumentTypes")}
      />
      <fieldset className="grid gap-2" data-invalid={errors.riskTolerance ? "true" : undefined}>
        <legend className="mb-1 text-sm font-medium">Risk tolerance</legend>
        {RISK_TOLERANCES.map((tolerance) => (
          <label key={tolerance} className="flex cursor-pointer items-start gap-2 text-sm">
            <input type="radio" name="riskTolerance" value={tolerance} defaultChecked={values.riskTolerance === tolerance} className="mt-0.5 size-4 accent-primary" />
            <span>
              <span className="font-medium">{RISK_TOLERANCE_LABELS[tolerance].label}</span>
              <span className="text-muted-foreground"> · {RISK_TOLERANCE_LABELS[tolerance].hint}</span>
            </span>
          </label>
        ))}
        {errors.riskTolerance ? <p className="text-xs font-medium text-danger">{errors.riskTolerance[0]}</p> : null}
      </fieldset>
    </FormSection>
  );
}
