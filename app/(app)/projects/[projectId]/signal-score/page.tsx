import { Gauge } from "lucide-react";
import type { Metadata } from "next";
import { SectionHeading } from "@/components/projects/overview/section-heading";
import { RequestScoreButton } from "@/components/signal-score/request-score-button";
import { ScoreDetails } from "@/components/signal-score/score-details";
import { ScoreOverview } from "@/components/signal-score/score-overview";
import { QuestList } from "@/components/signal-score/quest-list";
import { ScoreRunStatus } from "@/components/signal-score/score-run-status";
import { EmptyState } from "@/components/ui/empty-state";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { listProjectQuests } from "@/lib/gamification/list-project-quests";
import { summarizeFeedback } from "@/lib/ai/summarize-feedback";
import { signalScoreAccess } from "@/lib/signal-score/access";
import { getSignalScoreView } from "@/lib/signal-score/get-signal-score-view";

export const metadata: Metadata = { title: "Signal Score" };

export default async function SignalScorePage({ params }: { params: Promise<{ projectId: string }> }) {
  const tenant = await requirePageAccess(signalScoreAccess.read);
  const { projectId } = await params;
  const view = await orNotFound(getSignalScoreView(tenant, projectId));
  const quests = await listProjectQuests(tenant, view.project.id);
  const questFeedback = await summarizeFeedback(
    tenant,
    "ImprovementQuest",
    quests.active.map((quest) => quest.id),
  );
  const canRun = hasAccess(tenant, signalScoreAccess.run);
  const button = canRun ? (
    <RequestScoreButton projectId={view.project.id} running={Boolean(view.running)} label={view.current ? "Re-score" : "Run Signal Score"} />
  ) : null;

  return (
    <section aria-labelledby="signal-score-heading" className="grid gap-5 [&>*]:min-w-0">
      <SectionHeading
        id="signal-score-heading"
        title="Signal Score"
        description="How ready the project is for investors, scored on five dimensions from the project record and its data room, with the evidence behind every point."
        action={button}
      />
      <ScoreRunStatus running={view.running} failed={view.failed} lastCompletedVersion={view.current?.version ?? null} />
      {view.current ? (
        <>
          <ScoreOverview current={view.current} feedback={view.feedback} />
          {quests.active.length || quests.completed.length ? <QuestList active={quests.active} completed={quests.completed} feedback={questFeedback} /> : null}
          <ScoreDetails current={view.current} history={view.history} />
        </>
      ) : view.running ? null : (
        <EmptyState
          icon={Gauge}
          title="No Signal Score yet"
          description={canRun ? "Run the first score: it reads the project and its data room and explains every point." : "An analyst or above can run the first score."}
          action={button}
        />
      )}
    </section>
  );
}
