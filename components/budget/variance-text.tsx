import { cn } from "@/lib/utils/cn";
import { formatSignedAmount, formatSignedPct, varianceTone } from "./format-amount";

const TONE = { over: "text-danger", under: "text-success", even: "text-muted-foreground" };
const WORDS = { over: "over budget", under: "under budget", even: "on budget" };

/** Actual minus estimate, red when over and green when under, with the words for screen readers. */
export function VarianceText({ variance, pct, className }: { variance: string | null; pct: string | null; className?: string }) {
  if (variance === null) {
    return (
      <span className={cn("text-muted-foreground", className)} title="No actual amount yet">
        —
      </span>
    );
  }
  const tone = varianceTone(variance);
  return (
    <span className={cn("grid justify-items-end tabular-nums", TONE[tone], className)} data-variance={tone}>
      <span className="font-medium">{formatSignedAmount(variance)}</span>
      <span className="text-xs">
        {pct === null ? "" : `${formatSignedPct(pct)} `}
        <span className="sr-only">{WORDS[tone]}</span>
      </span>
    </span>
  );
}
