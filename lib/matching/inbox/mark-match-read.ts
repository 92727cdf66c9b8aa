import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { getMatchOrThrow } from "./get-match-or-throw";
import { applyMatchTransition } from "./transition-match";

/**
 * Opening a match: its thread counts as read for this user up to now, and an investor's first look
 * at a suggestion makes it VIEWED (MATCH_TRANSITIONS' automatic move, made by anyone of the
 * investor org who may read matches: it records a look, not a decision). Reading is not audited:
 * it changes nothing the org decided. Returns the status after opening.
 */
export async function markMatchRead(actor: Actor, matchId: string, now = new Date()) {
  const loaded = await getMatchOrThrow(actor, matchId);
  const { match, scope } = loaded;
  await db.matchRead.upsert({
    where: { matchId_userId: { matchId: match.id, userId: actor.user.id } },
    create: { matchId: match.id, userId: actor.user.id, lastReadAt: now },
    update: { lastReadAt: now },
  });
  if (scope.side !== "investor" || match.status !== "SUGGESTED") return { status: match.status };
  try {
    return await applyMatchTransition(actor, loaded, "VIEWED");
  } catch (error) {
    // A colleague opened it or acted on it at the same moment: their move stands.
    if (isAppError(error) && error.code === "STALE_WRITE") return { status: (await getMatchOrThrow(actor, matchId)).match.status };
    throw error;
  }
}
