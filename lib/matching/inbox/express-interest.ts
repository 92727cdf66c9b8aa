import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { scorePair } from "@/lib/matching/engine/score-pair";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { findPublishedProjectOrThrow } from "./find-published-project";
import { MATCH_INCLUDE } from "./get-match-or-throw";
import { matchStatusContent } from "./match-notification-content";
import { matchScope } from "./match-scope";
import { notifyOtherSide } from "./notify-other-side";
import { pickBestMandate } from "./pick-best-mandate";
import { applyMatchTransition } from "./transition-match";

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * An investor's interest in a listed project, from the marketplace. The org's match for the
 * project (the one of `mandateId` when given, else its best-scored) moves to INTERESTED along
 * MATCH_TRANSITIONS; without one, a match is created INTERESTED, initiated by the investor, under
 * the given mandate or the org's best-scoring active one (none: unscored). Interest already shown
 * (INTERESTED, CONNECTED) is left as it is. Returns the match id.
 */
export async function expressInterest(actor: Actor, projectId: string, mandateId?: string | null): Promise<string> {
  const scope = matchScope(actor);
  if (scope.side !== "investor") throw notFound("Project");
  const project = await findPublishedProjectOrThrow(projectId);
  if (mandateId && !(looksLikeUuid(mandateId) && (await db.investorMandate.count({ where: { id: mandateId, orgId: actor.org.id } })))) throw notFound("Mandate");

  const existing = await findOwnMatch(actor.org.id, project.id, mandateId ?? null);
  if (existing) return moveToInterested(actor, existing);

  const chosen = mandateId ? { mandateId, score: await scorePair(mandateId, project.id) } : await pickBestMandate(actor.org.id, project.id);
  let created: { id: string; eventId: string } | null;
  try {
    created = await auditedWrite(actor, async (tx) => {
      // Two clicks at once must not make two matches (a match without a mandate has no unique key).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`match:${actor.org.id}:${project.id}`}))`;
      if (await tx.matchResult.count({ where: { investorOrgId: actor.org.id, projectId: project.id } })) return { result: null, audit: [] };
      const row = await tx.matchResult.create({
        data: {
          investorOrgId: actor.org.id,
          allyOrgId: project.orgId,
          projectId: project.id,
          mandateId: chosen?.mandateId ?? null,
          overallScore: chosen?.score?.overall ?? 0,
          scoreBreakdown: chosen?.score?.breakdown ?? Prisma.DbNull,
          status: "INTERESTED",
          initiatedBy: "INVESTOR",
        },
      });
      const eventId = await emit(tx, "match.status_changed", { orgId: actor.org.id, matchId: row.id, from: null, to: "INTERESTED" });
      const after = { projectId: project.id, mandateId: row.mandateId, status: row.status, initiatedBy: row.initiatedBy, overallScore: row.overallScore };
      return { result: { id: row.id, eventId }, audit: { action: "match.created", entityType: "MatchResult", entityId: row.id, changes: { before: null, after } } };
    });
  } catch (error) {
    // The rescoring job wrote the same (mandate, project) pair meanwhile: act on its row.
    if (!isUniqueViolation(error)) throw error;
    created = null;
  }
  if (!created) return moveToInterested(actor, (await findOwnMatch(actor.org.id, project.id, mandateId ?? null))!);

  const content = matchStatusContent({
    matchId: created.id,
    projectName: project.name,
    actorOrgName: actor.org.name,
    by: "investor",
    from: null,
    to: "INTERESTED",
    sourceKey: `match.status_changed:${created.eventId}`,
  });
  await notifyOtherSide({ investorOrgId: actor.org.id, allyOrgId: project.orgId }, "investor", content);
  return created.id;
}

async function findOwnMatch(orgId: string, projectId: string, mandateId: string | null) {
  const matches = await db.matchResult.findMany({
    where: { investorOrgId: orgId, projectId },
    include: MATCH_INCLUDE,
    orderBy: [{ overallScore: "desc" }, { createdAt: "asc" }],
    take: 20,
  });
  return matches.find((m) => m.mandateId === mandateId) ?? matches[0] ?? null;
}

async function moveToInterested(actor: Actor, match: NonNullable<Awaited<ReturnType<typeof findOwnMatch>>>): Promise<string> {
  if (match.status === "INTERESTED" || match.status === "CONNECTED") return match.id;
  await applyMatchTransition(actor, { match, scope: matchScope(actor) }, "INTERESTED");
  return match.id;
}
