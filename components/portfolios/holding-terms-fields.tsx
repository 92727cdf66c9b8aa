"use client";

import { LoaderCircle } from "lucide-react";
import Link from "next/link";
import type { ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";

type Errors = Partial<Record<"investmentDate" | "currency" | "committedAmount" | "ownershipPct", string[]>>;
type CurrencyControl = { value: string; onChange: (code: string) => void } | { defaultValue: string };

/** The terms every holding has, wherever its project is: when, in which currency, how much, what share. Posted by name. */
export function HoldingTermsFields({ errors, currencies, today, currency }: { errors: Errors; currencies: string[]; today: string; currency: CurrencyControl }) {
  const control =
    "value" in currency
      ? { value: currency.value, onChange: (event: ChangeEvent<HTMLSelectElement>) => currency.onChange(event.target.value) }
      : { defaultValue: currency.defaultValue };
  return (
    <>
      <Field label="Investment date" required error={errors.investmentDate}>
        <Input name="investmentDate" type="date" max={today} defaultValue={today} />
      </Field>
      <Field label="Currency of the holding" required error={errors.currency} hint="Its flows are recorded in it.">
        <NativeSelect name="currency" {...control}>
          {currencies.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Commitment" required error={errors.committedAmount} hint="In the holding's currency.">
        <Input name="committedAmount" inputMode="decimal" placeholder="5000000" />
      </Field>
      <Field label="Ownership %" error={errors.ownershipPct}>
        <Input name="ownershipPct" inputMode="decimal" placeholder="35" />
      </Field>
    </>
  );
}

/** Add holding and Cancel (back to the portfolio). */
export function AddHoldingButtons({ portfolioId, isPending, disabled = false }: { portfolioId: string; isPending: boolean; disabled?: boolean }) {
  return (
    <div className="flex gap-3">
      <Button type="submit" disabled={isPending || disabled} aria-busy={isPending}>
        {isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
        Add holding
      </Button>
      <Button asChild variant="outline">
        <Link href={`/portfolios/${portfolioId}`}>Cancel</Link>
      </Button>
    </div>
  );
}
