import { CircleCheck, FileUp, ListChecks, TrendingUp, UserPlus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NO_FEEDBACK, type FeedbackSummary } from "@/lib/ai/summarize-feedback";
import type { QuestView } from "@/lib/gamification/list-project-quests";
import { AiOutputFeedback } from "./ai-output-feedback";

const ICONS = { upload_document: FileUp, complete_section: ListChecks, add_team_member: UserPlus, improve_dimension: TrendingUp } as const;

/** Next steps generated from the weakest criteria; each completes itself when its condition is met. */
export function QuestList({ active, completed, feedback }: { active: QuestView[]; completed: QuestView[]; feedback: Record<string, FeedbackSummary> }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Improvement quests</CardTitle>
        <CardDescription>
          The steps worth most points, from the weakest criteria. A quest completes itself when the data shows it is done; re-score to see the gain.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {active.length === 0 ? <p className="text-sm text-muted-foreground">No open quests.</p> : null}
        <ul className="grid gap-3">
          {active.map((q) => {
            const Icon = ICONS[q.actionType as keyof typeof ICONS] ?? ListChecks;
            return (
              <li key={q.id} className="flex gap-3 text-sm">
                <span className="flex size-8 shrink-0 items-center justify-center rounded-md bg-brand-50 text-brand-700">
                  <Icon aria-hidden className="size-4" />
                </span>
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium">{q.title}</span>
                    <Badge variant="success">+{q.impact} pts</Badge>
                  </div>
                  {q.description ? <p className="text-muted-foreground">{q.description}</p> : null}
                  <div className="mt-2">
                    <AiOutputFeedback entityType="ImprovementQuest" entityId={q.id} question="Useful quest?" {...(feedback[q.id] ?? NO_FEEDBACK)} />
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
        {completed.length ? (
          <ul className="grid gap-1.5 border-t border-border pt-3" aria-label="Completed quests">
            {completed.map((q) => (
              <li key={q.id} className="flex items-center gap-2 text-sm text-muted-foreground">
                <CircleCheck aria-hidden className="size-4 text-success" /> <span className="line-through decoration-1">{q.title}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}
