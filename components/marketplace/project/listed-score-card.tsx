import { Gauge } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ListedScoreDto } from "@/lib/marketplace/get-marketplace-project";

function ScoreBar({ label, score, weightPct }: { label: string; score: number | null; weightPct: number }) {
  return (
    <div className="grid gap-1">
      <div className="flex justify-between text-sm">
        <span>
          {label} <span className="text-xs text-muted-foreground">({weightPct}% of the score)</span>
        </span>
        <span className="font-medium tabular-nums">{score === null ? "Not scored" : score.toFixed(0)}</span>
      </div>
      <div className="h-2 rounded-full bg-muted" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={score ?? 0}>
        <div className="h-2 rounded-full bg-primary" style={{ width: `${Math.max(0, Math.min(100, score ?? 0))}%` }} />
      </div>
    </div>
  );
}

/** The latest completed Signal Score the ally chose to show: the overall and its five dimensions. */
export function ListedScoreCard({ score }: { score: ListedScoreDto | null }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Signal score</CardTitle>
        <CardDescription>
          {score
            ? `Version ${score.version}, scored ${score.scoredAt.slice(0, 10)}: the platform's read of investment readiness.`
            : "Investment readiness, scored by the platform."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {score ? (
          <>
            <p className="text-4xl font-semibold tabular-nums" data-testid="listed-signal-score">
              {score.overall.toFixed(1)}
              <span className="text-base font-normal text-muted-foreground"> / 100</span>
            </p>
            {score.dimensions.map((d) => (
              <ScoreBar key={d.key} label={d.label} score={d.score} weightPct={d.weightPct} />
            ))}
          </>
        ) : (
          <EmptyState size="sm" icon={Gauge} title="Not scored yet" description="The developer has no completed Signal Score for this project." />
        )}
      </CardContent>
    </Card>
  );
}
