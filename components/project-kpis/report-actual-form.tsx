"use client";

import { LoaderCircle } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { reportKpiActualAction } from "@/lib/project-kpis/actions";

type Props = { projectId: string; metricName: string; period: string; unit: string; label: string };

/** One actual, inline in its request's row: the value, an optional note, and Report. Errors show beside the field. */
export function ReportActualForm({ projectId, metricName, period, unit, label }: Props) {
  const router = useRouter();
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const { execute, result, isPending } = useAction(reportKpiActualAction, { onSuccess: () => router.refresh() });
  const errors = result.validationErrors?.fieldErrors ?? {};
  const error = result.serverError?.message ?? errors.value?.[0] ?? errors.note?.[0] ?? errors.period?.[0];
  return (
    <form
      noValidate
      aria-label={`Report ${label} for ${period}`}
      className="grid gap-1"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ projectId, metricName, period, value, note });
      }}
    >
      <div className="flex flex-wrap items-center gap-2">
        <Input
          aria-label={`${label} for ${period} (${unit})`}
          className="w-32"
          inputMode="decimal"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder={unit}
          aria-invalid={Boolean(error)}
        />
        <Input aria-label="Note" className="w-48" value={note} onChange={(event) => setNote(event.target.value)} placeholder="Note (optional)" maxLength={2000} />
        <Button type="submit" size="sm" disabled={isPending} aria-busy={isPending}>
          {isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
          Report
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
