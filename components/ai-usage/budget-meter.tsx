import { cn } from "@/lib/utils/cn";
import { formatUsd } from "./format-usd";

/** Spend against budget as a bar and as text; amber from 75%, red from 90%. */
export function BudgetMeter({ spentUsd, budgetUsd, usedPct }: { spentUsd: string; budgetUsd: string; usedPct: number }) {
  const tone = usedPct >= 90 ? "bg-danger" : usedPct >= 75 ? "bg-warning" : "bg-brand-500";
  return (
    <div className="grid gap-2">
      <div className="flex items-baseline justify-between gap-3">
        <span className="text-2xl font-semibold tabular-nums">{formatUsd(spentUsd)}</span>
        <span className="text-sm text-muted-foreground">
          of {formatUsd(budgetUsd)} · {usedPct}% used
        </span>
      </div>
      <div
        role="meter"
        aria-label="AI budget used"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, usedPct)}
        className="h-2.5 overflow-hidden rounded-full bg-muted"
      >
        <div className={cn("h-full rounded-full", tone)} style={{ width: `${Math.min(100, usedPct)}%` }} />
      </div>
    </div>
  );
}
