import type { Prisma } from "../../lib/db/generated/client";
import type { PipelineStage } from "../../lib/pipeline/pipeline-stages";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { matchId } from "./seed-matching";

type Mover = "james" | "priya";
type DealMove = { stage: PipelineStage; by: Mover; at: Date; reason: (score: number | null) => string };
type DealStory = { key: string; project: (ctx: DemoContext, db: FactoryDb) => Promise<string>; match: string | null; moves: DealMove[] };

const demoProject = (key: keyof DemoContext["projects"]) => async (ctx: DemoContext) => ctx.projects[key].id;
const scoreSuffix = (score: number | null) => (score === null ? "" : `, score ${score}`);

/**
 * Northwind's pipeline, each deal's moves in order. The dates follow the rest of the story: a deal
 * sourced from a match enters after the match appeared (seed-matching), Turkana goes into diligence
 * the day Priya posts the first Q&A question (qa-story), Rift Valley is lost when James declined its match.
 */
const DEALS: DealStory[] = [
  {
    key: "turkana",
    project: demoProject("turkana"),
    match: "turkana",
    moves: [
      { stage: "sourced", by: "james", at: daysAgo(57, 10), reason: (score) => `Sourced from the East Africa mandate match${scoreSuffix(score)}` },
      { stage: "screening", by: "james", at: daysAgo(50, 11), reason: () => "Grid and PPA look bankable; opening DD" },
      { stage: "diligence", by: "priya", at: daysAgo(20, 11), reason: () => "NDA signed; Q&A running" },
    ],
  },
  {
    key: "rio-blanco",
    project: demoProject("rioBlanco"),
    match: "rioBlanco",
    moves: [
      {
        stage: "sourced",
        by: "priya",
        at: daysAgo(17, 10),
        reason: (score) => `Introduced by Andes Hydro after the Santiago investor forum; Latin America mandate match${scoreSuffix(score)}`,
      },
      { stage: "screening", by: "priya", at: daysAgo(9, 14), reason: () => "Small but clean; checking the community benefit-sharing terms" },
    ],
  },
  {
    key: "rift-valley",
    project: demoProject("riftValley"),
    match: "riftValley",
    moves: [
      { stage: "sourced", by: "james", at: daysAgo(52, 10), reason: (score) => `Sourced from the East Africa mandate match${scoreSuffix(score)}` },
      { stage: "closed_lost", by: "james", at: daysAgo(49, 12), reason: () => "Ticket too large for Fund I alone; revisit if a co-investor joins" },
    ],
  },
  {
    key: "thies",
    project: async (_ctx, db) =>
      (await db.project.findFirstOrThrow({ where: { slug: "thies-solar-storage", org: { slug: "sahel-solar-collective" } }, select: { id: true } })).id,
    match: null,
    moves: [
      {
        stage: "sourced",
        by: "priya",
        at: daysAgo(4, 16),
        reason: () => "Found on the marketplace: solar plus storage under a 20-year PPA, outside our mandates but worth a first look",
      },
    ],
  },
];

const entryId = (key: string) => demoId(`northwind/pipeline/${key}`);

/**
 * Northwind's deal pipeline: entries, every move and the audit entries addToPipeline and
 * moveDealStage write, so /pipeline and /audit read the same story. Ids derive from the story: a
 * re-run adds only what is missing and keeps any move made since.
 */
export async function seedPipeline(db: FactoryDb, ctx: DemoContext) {
  const matchIds = DEALS.flatMap((d) => (d.match ? [matchId(d.match)] : []));
  const matches = await db.matchResult.findMany({ where: { id: { in: matchIds }, investorOrgId: ctx.orgs.northwind }, select: { id: true, overallScore: true } });
  const entries: Prisma.DealPipelineEntryCreateManyInput[] = [];
  const transitions: Prisma.DealStageTransitionCreateManyInput[] = [];
  const audits: Prisma.AuditLogCreateManyInput[] = [];
  for (const deal of DEALS) {
    const projectId = await deal.project(ctx, db);
    const match = deal.match ? matches.find((m) => m.id === matchId(deal.match!)) : undefined;
    const first = deal.moves[0]!;
    const last = deal.moves.at(-1)!;
    const id = entryId(deal.key);
    entries.push({
      id,
      orgId: ctx.orgs.northwind,
      projectId,
      stage: last.stage,
      matchId: match?.id ?? null,
      addedBy: ctx.users[first.by],
      createdAt: first.at,
      updatedAt: last.at,
    });
    deal.moves.forEach((move, index) => {
      const from = index === 0 ? null : deal.moves[index - 1]!.stage;
      const reason = move.reason(match?.overallScore ?? null);
      transitions.push({
        id: demoId(`northwind/pipeline/${deal.key}/move/${index + 1}`),
        entryId: id,
        orgId: ctx.orgs.northwind,
        fromStage: from,
        toStage: move.stage,
        reason,
        movedBy: ctx.users[move.by],
        movedAt: move.at,
      });
      audits.push({
        id: demoId(`audit/northwind/pipeline/${deal.key}/${index + 1}`),
        orgId: ctx.orgs.northwind,
        userId: ctx.users[move.by],
        action: from === null ? "deal.added" : "deal.stage_changed",
        entityType: "Project",
        entityId: projectId,
        changes: from === null ? { after: { stage: move.stage, reason } } : { before: { stage: from }, after: { stage: move.stage, reason } },
        timestamp: move.at,
      });
    });
  }
  await db.dealPipelineEntry.createMany({ skipDuplicates: true, data: entries });
  await db.dealStageTransition.createMany({ skipDuplicates: true, data: transitions });
  await db.auditLog.createMany({ skipDuplicates: true, data: audits });
}
