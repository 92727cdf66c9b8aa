"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { AddHoldingButtons, HoldingTermsFields } from "./holding-terms-fields";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { addHoldingAction } from "@/lib/portfolios/actions";

export type HoldableProjectOption = { id: string; name: string; currency: string; inPipeline: boolean };

const text = (form: FormData, key: string) => String(form.get(key) ?? "");

/** A project the investor can see (its pipeline, then the marketplace) becomes a holding; the currency starts as the project's. */
export function AddHoldingForm({
  portfolioId,
  projects,
  currencies,
  today,
}: {
  portfolioId: string;
  projects: HoldableProjectOption[];
  currencies: string[];
  today: string;
}) {
  const router = useRouter();
  const [currency, setCurrency] = useState(projects[0]?.currency ?? "USD");
  const { execute, result, isPending } = useAction(addHoldingAction, {
    onSuccess: ({ data }) => data && router.push(`/portfolios/${portfolioId}/holdings/${data.id}`),
  });
  const errors = result.validationErrors?.fieldErrors ?? {};
  const pipeline = projects.filter((p) => p.inPipeline);
  const listed = projects.filter((p) => !p.inPipeline);
  return (
    <form
      noValidate
      className="grid max-w-2xl gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        execute({
          portfolioId,
          projectId: text(form, "projectId"),
          investmentDate: text(form, "investmentDate"),
          committedAmount: text(form, "committedAmount"),
          currency: text(form, "currency"),
          ownershipPct: text(form, "ownershipPct"),
        });
      }}
    >
      {result.serverError ? <Alert variant="danger">{result.serverError.message}</Alert> : null}
      <Field label="Project" required error={errors.projectId} hint="Projects in your pipeline, then those listed on the marketplace.">
        <NativeSelect
          name="projectId"
          defaultValue={projects[0]?.id}
          onChange={(event) => setCurrency(projects.find((p) => p.id === event.target.value)?.currency ?? currency)}
        >
          {pipeline.length ? (
            <optgroup label="In your pipeline">
              {pipeline.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          {listed.length ? (
            <optgroup label="On the marketplace">
              {listed.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </NativeSelect>
      </Field>
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <HoldingTermsFields errors={errors} currencies={currencies} today={today} currency={{ value: currency, onChange: setCurrency }} />
      </div>
      <AddHoldingButtons portfolioId={portfolioId} isPending={isPending} disabled={projects.length === 0} />
    </form>
  );
}
