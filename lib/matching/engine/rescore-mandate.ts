import "server-only";
import { rescoreMatches } from "./rescore-matches";

/**
 * One mandate against every published project of every ally (cross-org by nature) after it is
 * created or edited. A paused or deleted mandate loses its untouched system suggestions.
 */
export async function rescoreMandate(mandateId: string): Promise<{ upserted: number; removed: number }> {
  const { upserted, removed } = await rescoreMatches({ kind: "mandate", mandateId }, { job: "rescore-mandate-matches" });
  return { upserted, removed };
}
