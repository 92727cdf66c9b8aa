"use client";

import { LoaderCircle } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { recordKpiActualAction } from "@/lib/project-kpis/actions";

type Metric = { metricName: string; label: string; unit: string };

/** An off-platform holding's actual, entered by the investor: which KPI, which ended period, the value. */
export function RecordActualForm({ holdingId, metrics, defaultPeriod }: { holdingId: string; metrics: Metric[]; defaultPeriod: string }) {
  const router = useRouter();
  const [metricName, setMetricName] = useState(metrics[0]?.metricName ?? "");
  const [period, setPeriod] = useState(defaultPeriod);
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const { execute, result, isPending } = useAction(recordKpiActualAction, {
    onSuccess: () => {
      setValue("");
      setNote("");
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors ?? {};
  const unit = metrics.find((m) => m.metricName === metricName)?.unit ?? "";
  return (
    <form
      noValidate
      aria-label="Record an actual"
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ holdingId, metricName, period, value, note });
      }}
    >
      {result.serverError ? <Alert variant="danger">{result.serverError.message}</Alert> : null}
      {result.data ? <Alert variant="success">Recorded for {result.data.period}.</Alert> : null}
      <div className="grid items-start gap-4 sm:grid-cols-3">
        <Field label="KPI" required error={errors.metricName}>
          <NativeSelect value={metricName} onChange={(event) => setMetricName(event.target.value)}>
            {metrics.map((m) => (
              <option key={m.metricName} value={m.metricName}>
                {m.label}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Period" required error={errors.period} hint="2026-10, 2026-Q3 or 2026.">
          <Input value={period} onChange={(event) => setPeriod(event.target.value)} />
        </Field>
        <Field label={`Actual${unit ? ` (${unit})` : ""}`} required error={errors.value}>
          <Input inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} />
        </Field>
      </div>
      <Field label="Note" error={errors.note} hint="Where the figure comes from, e.g. the operator's quarterly report.">
        <Input value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
      <div>
        <Button type="submit" disabled={isPending} aria-busy={isPending}>
          {isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
          Record actual
        </Button>
      </div>
    </form>
  );
}
