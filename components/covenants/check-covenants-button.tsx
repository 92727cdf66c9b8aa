"use client";

import { LoaderCircle, RefreshCw } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { checkCovenantsAction } from "@/lib/covenants/actions";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Runs the check now (the nightly job does the same), and says what it found. */
export function CheckCovenantsButton({ holdingId, label = "Check now" }: { holdingId?: string; label?: string }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(checkCovenantsAction, { onSuccess: () => router.refresh() });
  const s = result.data;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="outline" onClick={() => execute(holdingId ? { holdingId } : {})} disabled={isPending} aria-busy={isPending}>
        {isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : <RefreshCw aria-hidden />}
        {label}
      </Button>
      <p role="status" className="text-sm text-muted-foreground">
        {result.serverError ? <span className="text-danger">{result.serverError.message}</span> : null}
        {s
          ? s.checked === 0
            ? "Nothing to check: no monitored covenant on an active holding."
            : `Checked ${plural(s.checked, "covenant")}: ${s.breach} in breach, ${s.warning} warning, ${s.ok} OK${s.noData ? `, ${s.noData} without a reading` : ""}.`
          : null}
      </p>
    </div>
  );
}
