import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { RatableOutput } from "./rate-ai-output";

export type FeedbackSummary = { mine: { rating: number; comment: string | null } | null; up: number; down: number };

export const NO_FEEDBACK: FeedbackSummary = { mine: null, up: 0, down: 0 };

/** The org's thumbs on each of the given AI outputs, and the signed-in user's own rating. */
export async function summarizeFeedback(
  tenant: Pick<TenantContext, "org" | "user">,
  entityType: RatableOutput,
  entityIds: string[],
): Promise<Record<string, FeedbackSummary>> {
  if (entityIds.length === 0) return {};
  const rows = await db.aiFeedback.findMany({ where: { orgId: tenant.org.id, entityType, entityId: { in: entityIds } } });
  const summaries: Record<string, FeedbackSummary> = {};
  for (const row of rows) {
    const summary = (summaries[row.entityId] ??= { mine: null, up: 0, down: 0 });
    if (row.rating === 1) summary.up += 1;
    else summary.down += 1;
    if (row.userId === tenant.user.id) summary.mine = { rating: row.rating, comment: row.comment };
  }
  return summaries;
}
