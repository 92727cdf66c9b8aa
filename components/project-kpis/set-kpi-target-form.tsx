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
import { setKpiTargetAction } from "@/lib/project-kpis/actions";
import { KNOWN_KPIS, type KnownKpi } from "@/lib/project-kpis/kpi-metrics";
import { FREQUENCY_LABELS, KPI_FREQUENCIES, type KpiFrequency } from "@/lib/project-kpis/kpi-periods";

const OTHER = "__other";

/** Sets a KPI target (or changes an existing one: same KPI, new figures); known KPIs bring their unit and direction. */
export function SetKpiTargetForm({ holdingId, currency }: { holdingId: string; currency: string }) {
  const router = useRouter();
  const [metric, setMetric] = useState<string>("generation_mwh");
  const known = metric === OTHER ? null : KNOWN_KPIS[metric as KnownKpi];
  const [fields, setFields] = useState({ otherMetric: "", unit: "", targetValue: "", tolerancePct: "5", direction: "", frequency: "quarterly" as KpiFrequency });
  const [done, setDone] = useState<string | null>(null);
  const { execute, result, isPending } = useAction(setKpiTargetAction, {
    onExecute: () => setDone(null),
    onSuccess: ({ input }) => {
      setDone(`Target set for ${input.metricName}.`);
      setFields((f) => ({ ...f, targetValue: "" }));
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors ?? {};
  const unit = fields.unit || (known ? (known.unit === "ccy" ? currency : known.unit) : "");
  const direction = fields.direction || known?.direction || "higher_is_better";
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: event.target.value }));
  return (
    <form
      noValidate
      aria-label="Set a KPI target"
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const metricName = metric === OTHER ? fields.otherMetric : metric;
        execute({
          holdingId,
          metricName,
          unit,
          targetValue: fields.targetValue,
          tolerancePct: fields.tolerancePct,
          direction: direction as "higher_is_better",
          frequency: fields.frequency,
        });
      }}
    >
      {result.serverError ? <Alert variant="danger">{result.serverError.message}</Alert> : null}
      {done ? <Alert variant="success">{done}</Alert> : null}
      <div className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="KPI" required error={metric === OTHER ? undefined : errors.metricName}>
          <NativeSelect value={metric} onChange={(event) => setMetric(event.target.value)}>
            {Object.entries(KNOWN_KPIS).map(([name, k]) => (
              <option key={name} value={name}>
                {k.label}
              </option>
            ))}
            <option value={OTHER}>Another KPI…</option>
          </NativeSelect>
        </Field>
        {metric === OTHER ? (
          <Field label="KPI name" required error={errors.metricName} hint="Lower case with underscores.">
            <Input value={fields.otherMetric} onChange={set("otherMetric")} placeholder="water_use_m3" />
          </Field>
        ) : null}
        <Field label="Unit" required error={errors.unit}>
          <Input value={unit} onChange={set("unit")} placeholder="MWh" />
        </Field>
        <Field label="Target per period" required error={errors.targetValue}>
          <Input value={fields.targetValue} onChange={set("targetValue")} inputMode="decimal" placeholder="1450" />
        </Field>
        <Field label="Tolerance (% of target)" required error={errors.tolerancePct}>
          <Input value={fields.tolerancePct} onChange={set("tolerancePct")} inputMode="decimal" />
        </Field>
        <Field label="Good when" required error={errors.direction}>
          <NativeSelect value={direction} onChange={set("direction")}>
            <option value="higher_is_better">At or above target</option>
            <option value="lower_is_better">At or below target</option>
          </NativeSelect>
        </Field>
        <Field label="Reported" required error={errors.frequency}>
          <NativeSelect value={fields.frequency} onChange={set("frequency")}>
            {KPI_FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {FREQUENCY_LABELS[f]}
              </option>
            ))}
          </NativeSelect>
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={isPending} aria-busy={isPending}>
          {isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
          Set target
        </Button>
      </div>
    </form>
  );
}
