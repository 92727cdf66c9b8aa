import { MATCH_DIMENSION_LABELS, MATCH_DIMENSIONS } from "@/lib/matching/engine/match-dimensions";
import type { MatchBreakdown as MatchBreakdownData } from "@/lib/matching/engine/match-breakdown";
import { cn } from "@/lib/utils/cn";

/** One shade per dimension, in display order, shared by the stacked total and the rows' keys. */
const SHADES = ["bg-brand-800", "bg-brand-600", "bg-brand-400", "bg-info", "bg-warning", "bg-brand-300"] as const;

type Props = {
  breakdown: MatchBreakdownData | null;
  overallScore: number;
  className?: string;
};

/**
 * Why a project scores what it scores against a mandate: each dimension's fit (0-100), the weight
 * the mandate gives it and the points it earns, with the engine's reason in words. The points add
 * up to the overall score, drawn as one stacked bar. No hooks and no server imports: it renders in
 * server and client components alike.
 */
export function MatchBreakdown({ breakdown, overallScore, className }: Props) {
  if (!breakdown) {
    return (
      <p className={cn("text-sm text-muted-foreground", className)}>
        No breakdown yet: this match was scored before explanations were recorded. The next rescore adds one.
      </p>
    );
  }
  const total = MATCH_DIMENSIONS.reduce((sum, dimension) => sum + breakdown.dimensions[dimension].points, 0);
  return (
    <div className={cn("grid gap-4", className)}>
      {breakdown.excludedBy ? <p className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">Excluded by the mandate: {breakdown.excludedBy}</p> : null}
      <div className="grid gap-1.5">
        <div className="flex items-baseline justify-between text-sm">
          <span className="font-medium">Points by dimension</span>
          <span className="tabular-nums text-muted-foreground">
            {total} of 100 = overall {overallScore}
          </span>
        </div>
        <div
          role="meter"
          aria-label="Overall score"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={overallScore}
          className="flex h-3 overflow-hidden rounded-full bg-muted"
        >
          {MATCH_DIMENSIONS.map((dimension, index) => (
            <div
              key={dimension}
              className={cn("h-full", SHADES[index])}
              style={{ width: `${breakdown.dimensions[dimension].points}%` }}
              title={`${MATCH_DIMENSION_LABELS[dimension]}: ${breakdown.dimensions[dimension].points} points`}
            />
          ))}
        </div>
      </div>
      <ul className="grid gap-3">
        {MATCH_DIMENSIONS.map((dimension, index) => {
          const { score, weight, points, reason } = breakdown.dimensions[dimension];
          const label = MATCH_DIMENSION_LABELS[dimension];
          return (
            <li key={dimension} className="grid gap-1">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
                <span className="flex items-center gap-2 font-medium">
                  <span aria-hidden className={cn("size-2.5 rounded-full", SHADES[index])} />
                  {label}
                </span>
                <span className="tabular-nums text-muted-foreground">
                  fit {score}/100 · <span className="font-semibold text-foreground">{points}</span> of {weight} pts
                </span>
              </div>
              <div
                role="meter"
                aria-label={`${label} fit`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={score}
                className="h-1.5 overflow-hidden rounded-full bg-muted"
              >
                <div className={cn("h-full rounded-full", SHADES[index])} style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
              </div>
              <p className="text-xs text-muted-foreground">{reason}</p>
            </li>
          );
        })}
      </ul>
      {breakdown.fx ? (
        <p className="text-xs text-muted-foreground">
          Converted {breakdown.fx.from} to {breakdown.fx.to} at {breakdown.fx.rate} ({breakdown.fx.source}, {breakdown.fx.rateDate}).
        </p>
      ) : null}
      {breakdown.missingRate ? <p className="text-xs text-warning">{breakdown.missingRate}: the deal size could not be compared.</p> : null}
    </div>
  );
}
