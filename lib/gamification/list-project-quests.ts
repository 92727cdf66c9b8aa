import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";

export type QuestView = {
  id: string;
  title: string;
  description: string | null;
  actionType: string;
  targetDimension: string | null;
  impact: number;
  status: string;
  completedAt: string | null;
};

/** A project's active quests (largest impact first) and the most recently completed ones. Callers load the project through getProjectOrThrow. */
export async function listProjectQuests(tenant: Pick<TenantContext, "org">, projectId: string): Promise<{ active: QuestView[]; completed: QuestView[] }> {
  const rows = await db.improvementQuest.findMany({
    where: { projectId, project: { orgId: tenant.org.id }, status: { in: ["active", "completed"] } },
    orderBy: [{ estimatedScoreImpact: "desc" }, { createdAt: "asc" }],
  });
  const toView = (q: (typeof rows)[number]): QuestView => ({
    id: q.id,
    title: q.title,
    description: q.description,
    actionType: q.actionType,
    targetDimension: q.targetDimension,
    impact: q.estimatedScoreImpact,
    status: q.status,
    completedAt: q.completedAt?.toISOString() ?? null,
  });
  return {
    active: rows.filter((q) => q.status === "active").map(toView),
    completed: rows
      .filter((q) => q.status === "completed")
      .sort((a, b) => (b.completedAt?.getTime() ?? 0) - (a.completedAt?.getTime() ?? 0))
      .slice(0, 5)
      .map(toView),
  };
}
