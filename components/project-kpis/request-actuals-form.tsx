"use client";

import { LoaderCircle, Send } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { requestKpiActualsAction } from "@/lib/project-kpis/actions";

/** Asks the developer for one ended period's actuals of every KPI reported at that frequency. */
export function RequestActualsForm({
  holdingId,
  defaultPeriod,
  defaultDue,
  developerName,
}: {
  holdingId: string;
  defaultPeriod: string;
  defaultDue: string;
  developerName: string;
}) {
  const router = useRouter();
  const [period, setPeriod] = useState(defaultPeriod);
  const [dueDate, setDueDate] = useState(defaultDue);
  const { execute, result, isPending } = useAction(requestKpiActualsAction, { onSuccess: () => router.refresh() });
  const errors = result.validationErrors?.fieldErrors ?? {};
  const sent = result.data;
  return (
    <form
      noValidate
      aria-label="Ask for actuals"
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ holdingId, period, dueDate });
      }}
    >
      {result.serverError ? <Alert variant="danger">{result.serverError.message}</Alert> : null}
      {sent ? (
        <Alert variant="success">
          Asked {developerName} for {sent.requested} KPI{sent.requested === 1 ? "" : "s"}
          {sent.skipped ? ` (${sent.skipped} already asked for or reported)` : ""}.
        </Alert>
      ) : null}
      <div className="grid items-start gap-4 sm:grid-cols-3">
        <Field label="Period" required error={errors.period} hint="2026-10, 2026-Q3 or 2026.">
          <Input value={period} onChange={(event) => setPeriod(event.target.value)} />
        </Field>
        <Field label="Due" required error={errors.dueDate}>
          <Input type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
        </Field>
        <div className="sm:pt-6">
          <Button type="submit" variant="outline" disabled={isPending} aria-busy={isPending}>
            {isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : <Send aria-hidden />}
            Ask {developerName}
          </Button>
        </div>
      </div>
    </form>
  );
}
