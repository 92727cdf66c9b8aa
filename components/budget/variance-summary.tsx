import { cn } from "@/lib/utils/cn";
import { describeVariance, type VarianceScope } from "./describe-variance";

const TONE = { over: "text-danger", under: "text-success", even: "text-foreground" };
const WORDS = { over: "over budget", under: "under budget", even: "on budget" };

/** "Variance −177,500 (−9.3%) on the 4 lines with actuals (USD 1.9M estimated)". */
export function VarianceSummary({ scope, className }: { scope: VarianceScope; className?: string }) {
  const text = describeVariance(scope);
  if (text.figure === null || text.tone === null) {
    return <span className={cn("block text-sm text-muted-foreground", className)}>No variance yet: {text.scope}.</span>;
  }
  return (
    <span className={cn("block text-sm text-muted-foreground", className)} data-variance={text.tone}>
      Variance <span className={cn("font-semibold tabular-nums", TONE[text.tone])}>{text.figure}</span>
      <span className="sr-only"> {WORDS[text.tone]}</span> {text.scope}
    </span>
  );
}
