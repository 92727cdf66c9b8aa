import { CircleCheck, CircleDashed, CircleMinus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { CitationView, DimensionView } from "@/lib/signal-score/get-signal-score-view";
import { CitationLink } from "./citation-link";
import { formatScore } from "./format-score";
import { scoreBand } from "@/lib/signal-score/score-band";

/** One dimension: its score and each criterion with points, reason and cited sources. */
export function DimensionEvidence({ dimension, citations }: { dimension: DimensionView; citations: CitationView[] }) {
  const band = scoreBand(dimension.score);
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  return (
    <section aria-labelledby={`dimension-${dimension.key}`} className="grid gap-3 rounded-lg border border-border bg-surface p-4 shadow-card">
      <header className="flex items-start justify-between gap-3">
        <div>
          <h3 id={`dimension-${dimension.key}`} className="font-semibold">
            {dimension.label}
          </h3>
          <p className="text-xs text-muted-foreground">{dimension.weightPct}% of the overall score</p>
        </div>
        <Badge variant={band.tone}>{formatScore(dimension.score)} / 100</Badge>
      </header>
      <div className="h-1.5 overflow-hidden rounded-full bg-muted" aria-hidden>
        <div className="h-full rounded-full" style={{ width: `${dimension.score}%`, backgroundColor: band.color }} />
      </div>
      {dimension.criteria.length === 0 ? (
        <p className="text-sm text-muted-foreground">Criterion detail was not recorded for this version.</p>
      ) : (
        <ul className="grid gap-2.5">
          {dimension.criteria.map((c) => {
            const Icon = c.points >= c.maxPoints ? CircleCheck : c.points > 0 ? CircleMinus : CircleDashed;
            const tone = c.points >= c.maxPoints ? "text-success" : c.points > 0 ? "text-warning" : "text-muted-foreground";
            return (
              <li key={c.label} className="flex gap-2.5 text-sm">
                <Icon aria-hidden className={`mt-0.5 size-4 shrink-0 ${tone}`} />
                <div className="min-w-0 flex-1">
                  <div className="flex items-baseline justify-between gap-2">
                    <span className="font-medium">{c.label}</span>
                    <span className="shrink-0 text-xs tabular-nums text-muted-foreground">
                      {c.points}/{c.maxPoints}
                    </span>
                  </div>
                  <p className="text-muted-foreground">
                    {c.explanation}{" "}
                    {c.sources.map((n) => {
                      const citation = byNumber.get(n);
                      return citation ? <CitationLink key={n} citation={citation} /> : null;
                    })}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
