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
import { Textarea } from "@/components/ui/textarea";
import { createCovenantAction } from "@/lib/covenants/actions";
import { COVENANT_OPERATORS, type CovenantOperator, LEDGER_METRICS } from "@/lib/covenants/covenant-metrics";
import type { CovenantSuggestion } from "@/lib/covenants/list-covenant-suggestions";
import type { CovenantDraft } from "@/lib/covenants/suggest-covenant";
import { COVENANT_STATUS_LABELS } from "./covenant-status-badge";
import { CovenantSuggestions } from "./covenant-suggestions";

const OTHER = "__other";
const text = (form: FormData, key: string) => String(form.get(key) ?? "");

export type ReportedMetric = { name: string; label: string };

/** Sets a covenant on a ledger metric or a KPI the developer reports; the server checks it at once and says where it stands. */
export function AddCovenantForm({
  holdingId,
  reported,
  draft: linked = {},
  suggestions = [],
}: {
  holdingId: string;
  reported: ReportedMetric[];
  draft?: CovenantDraft;
  suggestions?: CovenantSuggestion[];
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const known = new Set([...Object.keys(LEDGER_METRICS), ...reported.map((m) => m.name)]);
  const metricFor = (d: CovenantDraft) => (d.metricName && !known.has(d.metricName) ? OTHER : (d.metricName ?? "moic"));
  const [draft, setDraft] = useState(linked);
  const [version, setVersion] = useState(0);
  const [metric, setMetric] = useState(metricFor(linked));
  const use = (next: CovenantDraft) => {
    setDraft(next);
    setMetric(metricFor(next));
    setVersion((v) => v + 1);
  };
  const [done, setDone] = useState<string | null>(null);
  const { execute, result, isPending } = useAction(createCovenantAction, {
    onExecute: () => setDone(null),
    onSuccess: ({ data, input }) => {
      const c = data?.checked;
      const status =
        !c || c.noData ? "no reading yet" : c.breach ? COVENANT_STATUS_LABELS.BREACH : c.warning ? COVENANT_STATUS_LABELS.WARNING : COVENANT_STATUS_LABELS.OK;
      setDone(`Covenant "${input.name}" set. First check: ${status.toLowerCase()}.`);
      formRef.current?.reset();
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors ?? {};
  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Set a covenant"
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        execute({
          holdingId,
          name: text(form, "name"),
          metricName: metric === OTHER ? text(form, "otherMetric") : metric,
          operator: text(form, "operator") as CovenantOperator,
          thresholdBreach: text(form, "thresholdBreach"),
          thresholdWarning: text(form, "thresholdWarning"),
          notes: text(form, "notes"),
        });
      }}
    >
      {result.serverError ? <Alert variant="danger">{result.serverError.message}</Alert> : null}
      {done ? <Alert variant="success">{done}</Alert> : null}
      {suggestions.length ? <CovenantSuggestions suggestions={suggestions} onUse={use} /> : null}
      <div key={version} className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field label="Name" required error={errors.name}>
          <Input name="name" maxLength={255} defaultValue={draft.name} placeholder="DSCR >= 1.25x" />
        </Field>
        <Field label="Metric" required error={metric === OTHER ? undefined : errors.metricName}>
          <NativeSelect value={metric} onChange={(event) => setMetric(event.target.value)} aria-label="Metric">
            <optgroup label="From the ledger">
              {Object.entries(LEDGER_METRICS).map(([name, m]) => (
                <option key={name} value={name}>
                  {m.label}
                </option>
              ))}
            </optgroup>
            {reported.length ? (
              <optgroup label="Reported by the developer">
                {reported.map((m) => (
                  <option key={m.name} value={m.name}>
                    {m.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value={OTHER}>Another KPI…</option>
          </NativeSelect>
        </Field>
        {metric === OTHER ? (
          <Field label="KPI name" required error={errors.metricName} hint="As the developer reports it, e.g. availability_pct.">
            <Input name="otherMetric" defaultValue={draft.metricName} placeholder="availability_pct" />
          </Field>
        ) : null}
        <Field label="Must stay" required error={errors.operator}>
          <NativeSelect name="operator" defaultValue={draft.operator ?? ">="}>
            {COVENANT_OPERATORS.map((op) => (
              <option key={op} value={op}>
                {op === ">=" ? "at or above (>=)" : op === "<=" ? "at or below (<=)" : "equal to (=)"}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Breach level" required error={errors.thresholdBreach} hint="IRR in %, multiples as 1.25.">
          <Input name="thresholdBreach" inputMode="decimal" defaultValue={draft.thresholdBreach} placeholder="1.25" />
        </Field>
        <Field label="Warning level" error={errors.thresholdWarning} hint="Optional: an earlier alert, on the safe side of the breach level.">
          <Input name="thresholdWarning" inputMode="decimal" placeholder="1.35" />
        </Field>
        <Field label="Notes" error={errors.notes} className="sm:col-span-2 lg:col-span-3">
          <Textarea name="notes" rows={2} maxLength={2000} defaultValue={draft.notes} placeholder="Optional: why this covenant, where it comes from" />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={isPending} aria-busy={isPending}>
          {isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
          Set covenant
        </Button>
      </div>
    </form>
  );
}
