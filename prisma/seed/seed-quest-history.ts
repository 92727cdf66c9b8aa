import { pickQuests } from "../../lib/gamification/pick-quests";
import type { SignalScoreOutput } from "../../lib/signal-score/schemas";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { demoId } from "./demo-ids";

const QUESTS_PER_SCORE = 3;

type ScoredVersion = { project: keyof DemoContext["projects"]; at: Date; output: SignalScoreOutput };
type QuestRow = {
  title: string;
  description: string;
  actionType: string;
  targetDimension: string;
  estimatedScoreImpact: number;
  createdAt: Date;
  completedAt: Date | null;
};

/**
 * The improvement quests each score version gave, replayed in order: a version opens up to
 * three quests for its largest gaps, and a later version that no longer has the gap completes
 * the quest. So the quests on the page are the ones the current score asks for.
 */
export async function seedQuestHistory(db: FactoryDb, ctx: DemoContext, versions: ScoredVersion[]) {
  const byProject = new Map<ScoredVersion["project"], QuestRow[]>();
  for (const version of [...versions].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const quests = byProject.get(version.project) ?? [];
    const picked = pickQuests(version.output);
    const stillOpen = new Set(picked.map((c) => c.template.title));
    for (const quest of quests) if (!quest.completedAt && !stillOpen.has(quest.title)) quest.completedAt = version.at;
    const active = new Set(quests.filter((q) => !q.completedAt).map((q) => q.title));
    const fresh = picked.filter((c) => !active.has(c.template.title)).slice(0, Math.max(0, QUESTS_PER_SCORE - active.size));
    for (const c of fresh) {
      quests.push({
        title: c.template.title,
        description: c.template.description,
        actionType: c.template.actionType,
        targetDimension: c.dimension,
        estimatedScoreImpact: c.impact,
        createdAt: new Date(version.at.getTime() + 5_000),
        completedAt: null,
      });
    }
    byProject.set(version.project, quests);
  }
  for (const [project, quests] of byProject) {
    const projectId = ctx.projects[project].id;
    await db.improvementQuest.createMany({
      skipDuplicates: true,
      data: quests.map((q, index) => ({
        id: demoId(`quest/${project}/${index + 1}/${q.title}`),
        projectId,
        title: q.title,
        description: q.description,
        actionType: q.actionType,
        targetDimension: q.targetDimension,
        estimatedScoreImpact: q.estimatedScoreImpact,
        status: q.completedAt ? "completed" : "active",
        completedAt: q.completedAt,
        createdAt: q.createdAt,
        updatedAt: q.completedAt ?? q.createdAt,
      })),
    });
  }
}
