import { assembleScreenEvidence } from "../../lib/deal-screening/assemble-screen-evidence";
import { listingFacts, listingRecord } from "../../lib/deal-screening/listing-facts";
import { Prisma } from "../../lib/db/generated/client";
import { screenProjectOffline } from "../../lib/deal-screening/screen-project-offline";
import { screenRecords } from "../../lib/deal-screening/screen-records";
import { OFFLINE_MODEL } from "../../lib/ai/price-table";
import type { FactoryDb } from "../factories";
import { DOCUMENTS, documentId, turkanaFile, uploadedAt } from "./dataroom-documents";
import type { DemoContext } from "./demo-context";
import { day, demoId } from "./demo-ids";
import { seedInvestmentMemos } from "./seed-investment-memos";
import { PRIYA_TURKANA_NDA_ACCEPTED, TURKANA_SHARES } from "./seed-deal-rooms";
import { SCORE_VERSIONS, signalScoreId } from "./seed-signal-scores";

/**
 * Northwind's screen of Turkana, run twice by Priya: before the developer put any document on the
 * listing (REVIEW, insufficient evidence, no score), and in diligence, once the deal room had
 * opened (the ESIA on the listing; the yield assessment, PPA term sheet and financial model through
 * the room, whose NDA she accepted). Both computed by the screening job's own pure functions from
 * what she could open at the time, as loadScreenEvidence reads it, so a re-screen today of the
 * unchanged listing and room agrees with version 2.
 */
const VERSIONS = [
  { version: 1, at: day("2026-09-08") },
  { version: 2, at: day("2026-11-16") },
];

export const dealScreenVersionId = (version: number) => demoId(`northwind/deal-screen/turkana/v${version}`);

/** The Turkana room's shares at their current version on that day, once Priya had accepted its NDA (Northwind may see financials). */
function openInRoom(at: Date) {
  if (at < PRIYA_TURKANA_NDA_ACCEPTED) return [];
  const latest = (key: string): (typeof DOCUMENTS)[number] => {
    const newer = DOCUMENTS.find((d) => d.parent === key && uploadedAt(d) <= at);
    return newer ? latest(newer.key) : DOCUMENTS.find((d) => d.key === key)!;
  };
  return TURKANA_SHARES.map((share) => latest(share.key));
}

export async function seedDealScreening(db: FactoryDb, ctx: DemoContext, screenIds: { turkana: string }) {
  const project = await db.project.findFirstOrThrow({
    where: { id: ctx.projects.turkana.id },
    include: { milestones: true, budgetItems: true, marketplaceSettings: true },
  });
  const shown = { milestones: project.marketplaceSettings?.showMilestones ?? true, budget: project.marketplaceSettings?.showBudget ?? true };
  const budgetTotal = project.budgetItems.reduce((sum, item) => sum.add(item.estimatedAmount), new Prisma.Decimal(0));
  const screenId = screenIds.turkana;
  let last: ReturnType<typeof screenRecords> | null = null;
  for (const { version, at } of VERSIONS) {
    const listed = DOCUMENTS.filter((d) => d.classification === "PUBLIC" && uploadedAt(d) <= at);
    const current = [...listed.filter((d) => !listed.some((newer) => newer.parent === d.key)), ...openInRoom(at)];
    const documents = (await Promise.all(current.map(async (d) => ({ id: documentId(d.key), name: d.name, text: (await turkanaFile(d.key)).analysisText }))))
      .filter((d, i, all) => all.findIndex((other) => other.id === d.id) === i)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const scored = SCORE_VERSIONS.filter((s) => s.project === "turkana" && !s.failure && s.at <= at).at(-1);
    const score = scored ? await db.signalScore.findUnique({ where: { id: signalScoreId("turkana", scored.version) }, select: { id: true, overallScore: true } }) : null;
    const evidence = assembleScreenEvidence({
      project: listingFacts(project),
      documents,
      signalScore: score ? { id: score.id, overall: Number(score.overallScore) } : null,
      record: listingRecord({
        milestones: shown.milestones ? project.milestones : null,
        budgetTotal: shown.budget && project.budgetItems.length ? budgetTotal : null,
        currency: project.currency,
        today: at,
      }),
    });
    const records = screenRecords(screenProjectOffline(evidence), evidence);
    const id = dealScreenVersionId(version);
    const { count } = await db.dealScreenVersion.createMany({
      skipDuplicates: true,
      data: [
        {
          id,
          dealScreenId: screenId,
          orgId: ctx.orgs.northwind,
          version,
          status: "COMPLETED",
          ...records.columns,
          modelUsed: OFFLINE_MODEL,
          triggeredBy: ctx.users.priya,
          createdAt: at,
          updatedAt: at,
        },
      ],
    });
    await db.citation.createMany({
      skipDuplicates: true,
      data: records.citations.map((c) => ({
        ...c,
        id: demoId(`citation/DealScreenVersion/${id}/${c.citationNumber}`),
        orgId: ctx.orgs.northwind,
        aiOutputType: "DealScreenVersion",
        aiOutputId: id,
        createdAt: at,
      })),
    });
    await db.lineageRecord.createMany({
      skipDuplicates: true,
      data: [
        ...records.lineage.map((l) => ({
          ...l,
          id: demoId(`lineage/DealScreenVersion/${id}/${l.sourceId}`),
          orgId: ctx.orgs.northwind,
          entityType: "DealScreenVersion",
          entityId: id,
          createdAt: at,
        })),
        {
          id: demoId(`lineage/DealScreen/${screenId}/${id}`),
          orgId: ctx.orgs.northwind,
          entityType: "DealScreen",
          entityId: screenId,
          sourceType: "DealScreenVersion",
          sourceId: id,
          contribution: `version ${version}`,
          createdAt: at,
        },
      ],
    });
    last = count ? records : null;
  }
  await seedInvestmentMemos(db, ctx, { dealScreenId: screenId, versionId: dealScreenVersionId(VERSIONS.at(-1)!.version) });
  // The screen carries its newest version, as the job leaves it; a re-seed leaves alone a screen the seed did not just version.
  if (!last) return;
  await db.dealScreen.update({ where: { id: screenId }, data: { status: "COMPLETED", ...last.columns, modelUsed: OFFLINE_MODEL } });
  await db.citation.createMany({
    skipDuplicates: true,
    data: last.citations.map((c) => ({
      ...c,
      id: demoId(`citation/DealScreen/${screenId}/${c.citationNumber}`),
      orgId: ctx.orgs.northwind,
      aiOutputType: "DealScreen",
      aiOutputId: screenId,
    })),
  });
}
