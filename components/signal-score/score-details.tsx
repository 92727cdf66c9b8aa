import { format } from "date-fns";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { SignalScoreView } from "@/lib/signal-score/get-signal-score-view";
import { CitationList } from "./citation-list";
import { DimensionEvidence } from "./dimension-evidence";
import { ScoreHistoryChart } from "./score-history-chart";

type Current = NonNullable<SignalScoreView["current"]>;

/** Evidence per dimension, the cited sources, and the score's history across versions. */
export function ScoreDetails({ current, history }: { current: Current; history: SignalScoreView["history"] }) {
  return (
    <>
      <section aria-labelledby="evidence-heading" className="grid min-w-0 gap-3">
        <h3 id="evidence-heading" className="text-base font-semibold">
          Evidence by dimension
        </h3>
        <div className="grid gap-4 md:grid-cols-2 [&>*]:min-w-0">
          {current.dimensions.map((d) => (
            <DimensionEvidence key={d.key} dimension={d} citations={current.citations} />
          ))}
        </div>
      </section>
      <div className="grid gap-5 lg:grid-cols-2 [&>*]:min-w-0">
        <Card>
          <CardHeader>
            <CardTitle>Sources</CardTitle>
            <CardDescription>Quoted from the data room; each opens the document at the cited page.</CardDescription>
          </CardHeader>
          <CardContent>
            <CitationList citations={current.citations} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>History</CardTitle>
            <CardDescription>Overall score of each completed version.</CardDescription>
          </CardHeader>
          <CardContent>
            {history.length > 1 ? (
              <ScoreHistoryChart points={history.map((h) => ({ version: h.version, overall: h.overall, date: format(new Date(h.createdAt), "d MMM yyyy") }))} />
            ) : (
              <p className="text-sm text-muted-foreground">The history chart appears after the second completed version.</p>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
