"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { exitHoldingAction } from "@/lib/portfolios/actions";

/** Exit (with proceeds) or write off: both close the ledger, so each asks first. */
export function ExitHoldingControls({
  holdingId,
  projectName,
  currency,
  minDay,
  today,
}: {
  holdingId: string;
  projectName: string;
  currency: string;
  minDay: string;
  today: string;
}) {
  const router = useRouter();
  const [exitDate, setExitDate] = useState(today);
  const [proceeds, setProceeds] = useState("");
  const { executeAsync, result } = useAction(exitHoldingAction);
  const errors = result.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;
  const error = result.serverError?.message ?? errors?.proceeds?.[0] ?? errors?.exitDate?.[0];
  const run = async (outcome: "EXITED" | "WRITTEN_OFF") => {
    const outcomeResult = await executeAsync(outcome === "EXITED" ? { holdingId, outcome, exitDate, proceeds } : { holdingId, outcome, exitDate });
    if (!outcomeResult?.data) return false;
    router.refresh();
  };
  return (
    <div className="grid gap-4">
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field label="Exit date" error={errors?.exitDate}>
          <Input type="date" min={minDay} max={today} value={exitDate} onChange={(event) => setExitDate(event.target.value)} />
        </Field>
        <Field label={`Proceeds (${currency})`} error={errors?.proceeds} hint="For an exit; a write-off has none.">
          <Input inputMode="decimal" value={proceeds} onChange={(event) => setProceeds(event.target.value)} placeholder="7500000" />
        </Field>
      </div>
      <div className="flex flex-wrap gap-3">
        <ConfirmDialog
          trigger={<Button variant="outline">Record exit</Button>}
          title={`Exit ${projectName}?`}
          description={`The holding is marked exited on ${exitDate} with proceeds of ${currency} ${proceeds || "0"}, recorded as a flow at that day's rate. Its ledger then closes.`}
          confirmLabel="Record exit"
          destructive={false}
          error={error}
          onConfirm={() => run("EXITED")}
        />
        <ConfirmDialog
          trigger={<Button variant="destructive">Write off</Button>}
          title={`Write off ${projectName}?`}
          description={`The holding is marked written off on ${exitDate}: no proceeds, and its NAV becomes 0. Its ledger then closes.`}
          confirmLabel="Write off"
          error={error}
          onConfirm={() => run("WRITTEN_OFF")}
        />
      </div>
    </div>
  );
}
