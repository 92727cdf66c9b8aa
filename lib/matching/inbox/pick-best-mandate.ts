import { db } from "@/lib/db/client";
import { scorePair } from "@/lib/matching/engine/score-pair";

/** An org has a handful of mandates; more than this many active ones are not all tried. */
const MANDATES_TRIED = 50;

/**
 * The org's active mandate that scores the project highest (the engine's own scoring), with its
 * score; null when the org has no active mandate. Used when interest names no mandate.
 */
export async function pickBestMandate(orgId: string, projectId: string) {
  const mandates = await db.investorMandate.findMany({ where: { orgId, isActive: true }, select: { id: true }, orderBy: { createdAt: "asc" }, take: MANDATES_TRIED });
  let best: { mandateId: string; score: Awaited<ReturnType<typeof scorePair>> } | null = null;
  for (const mandate of mandates) {
    const score = await scorePair(mandate.id, projectId);
    if (!best || (score?.overall ?? -1) > (best.score?.overall ?? -1)) best = { mandateId: mandate.id, score };
  }
  return best;
}
