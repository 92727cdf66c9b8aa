import { listingFacts } from "../../lib/deal-screening/listing-facts";
import { readClaims } from "../../lib/deal-screening/screen-claims";
import { memoInputsFromScreen } from "../../lib/investment-memos/memo-inputs";
import { memoRecords } from "../../lib/investment-memos/memo-records";
import { writeMemoOffline } from "../../lib/investment-memos/write-memo-offline";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { day, demoId } from "./demo-ids";

export const investmentMemoId = demoId("northwind/memo/turkana");
const WRITTEN_AT = day("2026-11-18");

/**
 * Northwind's Turkana memo, written as the memo job writes it: the offline writer's seven sections
 * from screen version 2 (as seeded, with its cited pages renumbered for the memo), the memo's
 * citations and its lineage. Written once: a re-seed leaves alone a memo people have edited.
 */
export async function seedInvestmentMemos(db: FactoryDb, ctx: DemoContext, screen: { dealScreenId: string; versionId: string }) {
  const version = await db.dealScreenVersion.findUniqueOrThrow({ where: { id: screen.versionId } });
  const project = await db.project.findUniqueOrThrow({ where: { id: ctx.projects.turkana.id } });
  const citations = await db.citation.findMany({
    where: { orgId: ctx.orgs.northwind, aiOutputType: "DealScreenVersion", aiOutputId: version.id },
    include: { document: { select: { name: true } } },
  });
  const inputs = memoInputsFromScreen({
    project: listingFacts(project),
    version: version.version,
    recommendation: version.recommendation,
    rationale: version.rationale,
    strengths: readClaims(version.keyStrengths),
    risks: readClaims(version.keyRisks),
    nextSteps: readClaims(version.nextSteps),
    citations: citations.map((c) => ({ ...c, documentName: c.document?.name ?? null })),
  });
  const ref = { type: "DealScreenVersion" as const, id: version.id };
  const records = memoRecords(writeMemoOffline(inputs), inputs, ref);
  const { count } = await db.investmentMemo.createMany({
    skipDuplicates: true,
    data: [
      {
        id: investmentMemoId,
        orgId: ctx.orgs.northwind,
        projectId: project.id,
        dealScreenId: screen.dealScreenId,
        title: `Investment memo: ${project.name}`,
        content: records.content,
        summary: records.summary,
        sections: records.sections,
        createdAt: WRITTEN_AT,
        updatedAt: WRITTEN_AT,
      },
    ],
  });
  if (!count) return;
  await db.citation.createMany({
    skipDuplicates: true,
    data: records.citations.map((c) => ({
      ...c,
      id: demoId(`citation/InvestmentMemo/${investmentMemoId}/${c.citationNumber}`),
      orgId: ctx.orgs.northwind,
      aiOutputType: "InvestmentMemo",
      aiOutputId: investmentMemoId,
      createdAt: WRITTEN_AT,
    })),
  });
  await db.lineageRecord.createMany({
    skipDuplicates: true,
    data: records.lineage.map((l) => ({
      ...l,
      id: demoId(`lineage/InvestmentMemo/${investmentMemoId}/${l.sourceId}`),
      orgId: ctx.orgs.northwind,
      entityType: "InvestmentMemo",
      entityId: investmentMemoId,
      createdAt: WRITTEN_AT,
    })),
  });
}
