import { db } from "@/lib/db/client";
import { readClaims, type ScreenClaim } from "@/lib/deal-screening/screen-claims";

export type MemoScreenRef = { type: "DealScreenVersion" | "DealScreen"; id: string };

export type CompletedScreen = {
  ref: MemoScreenRef;
  dealScreenId: string;
  version: number;
  recommendation: string | null;
  overallScore: number | null;
  rationale: string | null;
  strengths: ScreenClaim[];
  risks: ScreenClaim[];
  nextSteps: ScreenClaim[];
  completedAt: Date;
};

type ScreenColumns = {
  recommendation: string | null;
  overallScore: { toString(): string } | null;
  rationale: string | null;
  keyStrengths: unknown;
  keyRisks: unknown;
  nextSteps: unknown;
  updatedAt: Date;
};
const toCompleted = (ref: MemoScreenRef, dealScreenId: string, version: number, row: ScreenColumns): CompletedScreen => ({
  ref,
  dealScreenId,
  version,
  recommendation: row.recommendation,
  overallScore: row.overallScore === null ? null : Number(row.overallScore.toString()),
  rationale: row.rationale,
  strengths: readClaims(row.keyStrengths),
  risks: readClaims(row.keyRisks),
  nextSteps: readClaims(row.nextSteps),
  completedAt: row.updatedAt,
});

/**
 * The org's latest COMPLETED screen of a project: its newest completed version, or a screen
 * written before versions were kept (a verdict on deal_screens alone, read as version 1). Null
 * when the project was never screened to completion.
 */
export async function findLatestCompletedScreen(orgId: string, projectId: string): Promise<CompletedScreen | null> {
  const screen = await db.dealScreen.findFirst({ where: { orgId, projectId } });
  if (!screen) return null;
  const version = await db.dealScreenVersion.findFirst({ where: { orgId, dealScreenId: screen.id, status: "COMPLETED" }, orderBy: { version: "desc" } });
  if (version) return toCompleted({ type: "DealScreenVersion", id: version.id }, screen.id, version.version, version);
  const versions = await db.dealScreenVersion.count({ where: { orgId, dealScreenId: screen.id } });
  if (versions === 0 && screen.status === "COMPLETED") return toCompleted({ type: "DealScreen", id: screen.id }, screen.id, 1, screen);
  return null;
}

/** One screen by its reference, within the org; null when it is gone or not completed. */
export async function loadCompletedScreen(orgId: string, ref: MemoScreenRef): Promise<CompletedScreen | null> {
  if (ref.type === "DealScreenVersion") {
    const version = await db.dealScreenVersion.findFirst({ where: { id: ref.id, orgId, status: "COMPLETED" } });
    return version ? toCompleted(ref, version.dealScreenId, version.version, version) : null;
  }
  const screen = await db.dealScreen.findFirst({ where: { id: ref.id, orgId, status: "COMPLETED" } });
  return screen ? toCompleted(ref, screen.id, 1, screen) : null;
}

/** The pages the screen cited, with their documents' names (a removed document keeps its excerpt). */
export async function loadScreenCitations(orgId: string, ref: MemoScreenRef) {
  const rows = await db.citation.findMany({
    where: { orgId, aiOutputType: ref.type, aiOutputId: ref.id },
    include: { document: { select: { name: true } } },
    orderBy: { citationNumber: "asc" },
  });
  return rows.map((c) => ({
    citationNumber: c.citationNumber,
    documentId: c.documentId,
    pageNumber: c.pageNumber,
    excerpt: c.excerpt,
    documentName: c.document?.name ?? null,
  }));
}
