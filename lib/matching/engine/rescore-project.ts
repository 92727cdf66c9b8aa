import "server-only";
import { rescoreMatches } from "./rescore-matches";

/**
 * One project against every active mandate of every investor (cross-org by nature: that is what
 * matching is): after it is published or changed, or its Signal Score completes. An unpublished
 * project loses its untouched system suggestions.
 */
export async function rescoreProject(projectId: string): Promise<{ upserted: number; removed: number }> {
  const { upserted, removed } = await rescoreMatches({ kind: "project", projectId }, { job: "rescore-project-matches" });
  return { upserted, removed };
}
