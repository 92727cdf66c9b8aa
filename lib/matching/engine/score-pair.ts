import "server-only";
import { db } from "@/lib/db/client";
import { loadFxTable } from "@/lib/fx/load-fx-table";
import type { MatchBreakdown } from "./match-breakdown";
import { readMandatesForScoring, readProjectFacts, readProjectTexts } from "./read-scoring-inputs";
import { scoreMatch } from "./score-match";

/**
 * One mandate against one project, scored now, as the rescoring jobs would. Null when the mandate
 * is gone or the project is not on the marketplace; a paused mandate still scores (its owner may
 * act on one of its matches). Cross-org by nature: callers have checked the mandate is theirs.
 */
export async function scorePair(mandateId: string, projectId: string): Promise<{ overall: number; breakdown: MatchBreakdown } | null> {
  const [[mandate], [facts], texts] = await Promise.all([
    readMandatesForScoring(db, { ids: [mandateId], activeOnly: false }),
    readProjectFacts(db, { ids: [projectId] }),
    readProjectTexts(db, [projectId]),
  ]);
  const text = texts.get(projectId);
  if (!mandate || !facts || !text) return null;
  const fx = await loadFxTable(db, new Date(), [mandate.currency, facts.currency]);
  return scoreMatch(mandate, { ...facts, ...text }, fx);
}
