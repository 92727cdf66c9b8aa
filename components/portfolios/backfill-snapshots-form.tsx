"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { backfillPortfolioSnapshotsAction } from "@/lib/portfolios/snapshots/actions";

/** Asks for the daily snapshots of a range of days (the job then reports its progress on the page). */
export function BackfillSnapshotsForm({ portfolioId, from, to, label = "Compute history" }: { portfolioId: string; from: string; to: string; label?: string }) {
  const router = useRouter();
  const [range, setRange] = useState({ from, to });
  const { executeAsync, result, isPending } = useAction(backfillPortfolioSnapshotsAction);
  const errors = result.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if ((await executeAsync({ portfolioId, ...range }))?.data) router.refresh();
  };
  return (
    <form onSubmit={submit} className="grid gap-3 text-left sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <Field label="From" error={errors?.from}>
        <Input type="date" max={to} value={range.from} onChange={(event) => setRange({ ...range, from: event.target.value })} />
      </Field>
      <Field label="To" error={errors?.to}>
        <Input type="date" max={to} value={range.to} onChange={(event) => setRange({ ...range, to: event.target.value })} />
      </Field>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Asking..." : label}
      </Button>
      {result.serverError ? (
        <p role="alert" className="text-sm text-danger sm:col-span-3">
          {result.serverError.message}
        </p>
      ) : null}
    </form>
  );
}
