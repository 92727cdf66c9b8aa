import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { scorePair } from "@/lib/matching/engine/score-pair";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { matchStatusContent } from "./match-notification-content";
import { matchScope } from "./match-scope";
import { isVisibleToAlly } from "./match-transitions";
import { notifyOtherSide } from "./notify-other-side";

export type ProposeProjectInput = { projectId: string; mandateId: string };

/** A mandate an ally may propose to: discoverable and active. Anything else, whoever owns it, is a 404. */
async function getDiscoverableMandateOrThrow(mandateId: string) {
  const mandate = looksLikeUuid(mandateId)
    ? await db.investorMandate.findFirst({ where: { id: mandateId, isDiscoverable: true, isActive: true }, select: { id: true, orgId: true, name: true } })
    : null;
  if (!mandate) throw notFound("Mandate");
  return mandate;
}

/**
 * An ally proposes one of its published projects against a discoverable mandate: a match
 * initiated by the ally, SUGGESTED, scored by the engine, and the investor's members are told.
 * When the engine had already suggested the pair to the investor privately, that match becomes
 * the ally's proposal (same row: the pair is unique). A pair the ally already sees is not proposed
 * twice, and one the investor has declined is not pressed on them again; so each match is proposed
 * at most once, and its notification is keyed by the match.
 */
export async function proposeProject(actor: Actor, input: ProposeProjectInput): Promise<string> {
  if (matchScope(actor).side !== "ally") throw notFound("Mandate");
  const mandate = await getDiscoverableMandateOrThrow(input.mandateId);
  const project = await getProjectOrThrow(actor, input.projectId);
  if (!project.isPublished || project.status !== "ACTIVE") {
    throw new AppError("VALIDATION", `${project.name} is not on the marketplace: publish it before proposing it to investors.`);
  }
  const existing = await db.matchResult.findFirst({ where: { mandateId: mandate.id, projectId: project.id } });
  if (existing && isVisibleToAlly(existing)) throw new AppError("CONFLICT", `${project.name} is already in your matches with ${mandate.name}.`);
  if (existing?.status === "DECLINED") throw new AppError("CONFLICT", `This investor has already passed on ${project.name} for ${mandate.name}.`);
  const score = await scorePair(mandate.id, project.id);
  if (!score) throw notFound("Mandate");

  const id = await auditedWrite(actor, async (tx) => {
    const data = { overallScore: score.overall, scoreBreakdown: score.breakdown as Prisma.InputJsonValue, initiatedBy: "ALLY" as const };
    if (existing) {
      const { count } = await tx.matchResult.updateMany({ where: { id: existing.id, status: existing.status, initiatedBy: existing.initiatedBy }, data });
      if (count === 0) throw new AppError("STALE_WRITE", "The investor acted on this pair meanwhile: reload and try again.");
    }
    const row =
      existing ??
      (await tx.matchResult.create({
        data: { ...data, investorOrgId: mandate.orgId, allyOrgId: actor.org.id, projectId: project.id, mandateId: mandate.id, status: "SUGGESTED" },
      }));
    // A claimed suggestion keeps its status: only a new row has moved (from nothing).
    if (!existing) await emit(tx, "match.status_changed", { orgId: actor.org.id, matchId: row.id, from: null, to: "SUGGESTED" });
    const after = { projectId: project.id, mandateId: mandate.id, status: row.status, initiatedBy: "ALLY", overallScore: score.overall };
    return {
      result: row.id,
      audit: {
        action: "match.proposed",
        entityType: "MatchResult",
        entityId: row.id,
        changes: { before: existing ? { initiatedBy: existing.initiatedBy } : null, after },
      },
    };
  }).catch((error: unknown) => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("STALE_WRITE", "The pair was matched meanwhile: reload and try again.");
    throw error;
  });

  const content = matchStatusContent({
    matchId: id,
    projectName: project.name,
    actorOrgName: actor.org.name,
    by: "ally",
    from: null,
    to: "SUGGESTED",
    sourceKey: `match.proposed:${id}`,
  });
  await notifyOtherSide({ investorOrgId: mandate.orgId, allyOrgId: actor.org.id }, "ally", content);
  return id;
}
