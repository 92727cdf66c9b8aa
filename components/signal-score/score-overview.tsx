import { format } from "date-fns";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { SignalScoreView } from "@/lib/signal-score/get-signal-score-view";
import { DimensionRadarChart } from "./dimension-radar-chart";
import { ModelLabel } from "./model-label";
import { NarrativeText } from "./narrative-text";
import { OverallGauge } from "./overall-gauge";
import { AiOutputFeedback } from "./ai-output-feedback";
import { formatScore } from "./format-score";
import { scoreBand } from "@/lib/signal-score/score-band";

type Current = NonNullable<SignalScoreView["current"]>;

/** Overall gauge, radar of the dimensions with their numbers, and the narrative with feedback. */
export function ScoreOverview({ current, feedback }: { current: Current; feedback: SignalScoreView["feedback"] }) {
  return (
    <div className="grid gap-5 lg:grid-cols-3 [&>*]:min-w-0">
      <Card>
        <CardHeader>
          <CardTitle>Overall</CardTitle>
          <CardDescription>
            Version {current.version} · {format(new Date(current.createdAt), "d MMM yyyy, HH:mm")}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid justify-items-center gap-4">
          <OverallGauge score={current.overall} />
          <ModelLabel modelVersion={current.modelVersion} />
        </CardContent>
      </Card>
      <Card className="lg:col-span-2">
        <CardHeader>
          <CardTitle>By dimension</CardTitle>
          <CardDescription>Each dimension is scored 0-100; the overall score weights them as shown.</CardDescription>
        </CardHeader>
        <CardContent className="grid items-center gap-4 md:grid-cols-[1fr_minmax(0,15rem)]">
          <DimensionRadarChart points={current.dimensions.map((d) => ({ label: d.label, score: d.score }))} />
          <dl className="grid gap-2.5 text-sm">
            {current.dimensions.map((d) => (
              <div key={d.key} className="flex items-center justify-between gap-3">
                <dt>
                  {d.label} <span className="text-xs text-muted-foreground">({d.weightPct}%)</span>
                </dt>
                <dd className="font-semibold tabular-nums" style={{ color: scoreBand(d.score).color }}>
                  {formatScore(d.score)}
                </dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <Card className="lg:col-span-3">
        <CardHeader>
          <CardTitle>Summary</CardTitle>
        </CardHeader>
        <CardContent>
          <NarrativeText text={current.narrative ?? "No narrative was recorded for this version."} citations={current.citations} />
        </CardContent>
        <CardFooter className="py-4">
          <AiOutputFeedback
            key={current.id}
            entityType="SignalScore"
            entityId={current.id}
            question="Was this score useful?"
            mine={feedback.mine}
            up={feedback.up}
            down={feedback.down}
          />
        </CardFooter>
      </Card>
    </div>
  );
}
