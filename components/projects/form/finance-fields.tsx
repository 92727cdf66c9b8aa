"use client";

import { CurrencySelect } from "@/components/projects/form/currency-select";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ProjectFormOptions } from "@/lib/projects/project-form-options";
import { formatMoney } from "@/lib/utils/format-money";
import type { FieldErrors } from "./field-errors";
import { FormSection } from "./form-section";
import { InputWithUnit } from "./input-with-unit";
import type { ProjectFormValues } from "./project-form-values";

const MONEY_TEXT = /^\d{1,15}(\.\d{1,4})?$/;

type Props = { values: ProjectFormValues; errors: FieldErrors; currencies: ProjectFormOptions["currencies"] };

export function FinanceFields({ values, errors, currencies }: Props) {
  const [amount, setAmount] = useState(values.totalInvestmentRequired);
  const [currency, setCurrency] = useState(values.currency);
  const plain = amount.replace(/[,\s]/g, "");
  // Read back as text (never a float), so what is shown is exactly what will be stored.
  const preview = MONEY_TEXT.test(plain) ? formatMoney(plain, currency) : null;

  return (
    <FormSection title="Size and funding" description="How big the project is, what it needs to raise and by when.">
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <Field label="Investment sought" error={errors.totalInvestmentRequired} required hint={preview ?? "Up to 4 decimal places, e.g. 25000000 or 1250000.50."}>
          <Input
            name="totalInvestmentRequired"
            inputMode="decimal"
            autoComplete="off"
            placeholder="25000000"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            className="tabular-nums"
          />
        </Field>
        <Field label="Currency" error={errors.currency} required hint="ISO 4217">
          <CurrencySelect name="currency" value={currency} onChange={(event) => setCurrency(event.target.value)} currencies={currencies} />
        </Field>
        <Field label="Capacity" error={errors.capacityMw} hint="Nameplate capacity, up to 4 decimal places.">
          <InputWithUnit name="capacityMw" unit="MW" inputMode="decimal" autoComplete="off" defaultValue={values.capacityMw} placeholder="48" />
        </Field>
        <Field label="Target close date" error={errors.targetCloseDate} hint="When you aim to reach financial close.">
          <Input name="targetCloseDate" type="date" defaultValue={values.targetCloseDate} />
        </Field>
      </div>
    </FormSection>
  );
}
