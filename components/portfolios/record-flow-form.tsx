"use client";

import { LoaderCircle } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { recordCashFlowAction } from "@/lib/portfolios/actions";
import { formatMoney } from "@/lib/utils/format-money";
import { formatDayText } from "./format-metrics";
import { CASH_FLOW_KIND_LABELS, RECORDABLE_FLOW_KINDS, type RecordableFlowKind } from "@/lib/portfolios/portfolio-constants";

const text = (form: FormData, key: string) => String(form.get(key) ?? "");

/** Records one flow in the holding's currency; the server converts it at that day's rate or says which rate is missing. */
export function RecordFlowForm({ holdingId, currency, minDay, today }: { holdingId: string; currency: string; minDay: string; today: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const { execute, result, isPending } = useAction(recordCashFlowAction, {
    onExecute: () => setRecorded(null),
    onSuccess: ({ input }) => {
      setRecorded(`Recorded: ${CASH_FLOW_KIND_LABELS[input.kind].toLowerCase()} of ${formatMoney(input.amount, currency)} on ${formatDayText(input.flowDate)}.`);
      formRef.current?.reset();
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors ?? {};
  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Record a flow"
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        execute({ holdingId, kind: text(form, "kind") as RecordableFlowKind, flowDate: text(form, "flowDate"), amount: text(form, "amount"), note: text(form, "note") });
      }}
    >
      {result.serverError ? <Alert variant="danger">{result.serverError.message}</Alert> : null}
      {recorded ? <Alert variant="success">{recorded}</Alert> : null}
      <div className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Kind" required error={errors.kind}>
          <NativeSelect name="kind" defaultValue="capital_call">
            {RECORDABLE_FLOW_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {CASH_FLOW_KIND_LABELS[kind]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Date" required error={errors.flowDate}>
          <Input name="flowDate" type="date" min={minDay} max={today} defaultValue={today} />
        </Field>
        <Field label={`Amount (${currency})`} required error={errors.amount} hint="A valuation is the holding's value that day.">
          <Input name="amount" inputMode="decimal" placeholder="250000" />
        </Field>
        <Field label="Note" error={errors.note}>
          <Input name="note" maxLength={2000} placeholder="Optional" />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={isPending} aria-busy={isPending}>
          {isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
          Record flow
        </Button>
      </div>
    </form>
  );
}
