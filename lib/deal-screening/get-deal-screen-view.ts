import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { diffScreenVersions, type ScreenDiff } from "./diff-screen-versions";
import { readClaims, type ScreenClaim } from "./screen-claims";

export type ScreenStatus = "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED";
export type ScreenCitationView = { n: number; documentId: string | null; documentName: string | null; page: number | null; excerpt: string | null; href: string | null };
export type ScreenVersionSummary = { id: string; version: number; status: ScreenStatus; recommendation: string | null; score: number | null; createdAt: string };
export type ScreenVersionDetail = ScreenVersionSummary & {
  rationale: string | null;
  strengths: ScreenClaim[];
  risks: ScreenClaim[];
  nextSteps: ScreenClaim[];
  modelUsed: string | null;
  citations: ScreenCitationView[];
};
export type DealScreenView = {
  entry: { id: string; projectId: string; projectName: string };
  versions: ScreenVersionSummary[];
  /** The version asked for, else the newest completed one, else the newest. */
  shown: ScreenVersionDetail | null;
  /** What changed since the completed version before the one shown. */
  diff: ScreenDiff | null;
  running: ScreenVersionSummary | null;
};

/** The history lists the latest versions: a deal re-screened every week would otherwise ship each one. */
export const SCREEN_VERSIONS_SHOWN = 50;

/** Investors open a cited page through the marketplace's PUBLIC document route; the viewer reads #page. */
export function screenCitationHref(projectId: string, documentId: string | null, page: number | null): string | null {
  if (!documentId) return null;
  return `/api/marketplace/projects/${projectId}/documents/${documentId}?inline=1${page ? `#page=${page}` : ""}`;
}

type VersionRow = {
  id: string;
  version: number;
  status: ScreenStatus;
  recommendation: string | null;
  overallScore: { toString(): string } | null;
  rationale: string | null;
  keyStrengths: unknown;
  keyRisks: unknown;
  nextSteps: unknown;
  modelUsed: string | null;
  createdAt: Date;
};
const toSummary = (v: VersionRow): ScreenVersionSummary => ({
  id: v.id,
  version: v.version,
  status: v.status,
  recommendation: v.recommendation,
  score: v.overallScore === null ? null : Number(v.overallScore.toString()),
  createdAt: v.createdAt.toISOString(),
});
const claimsOf = (v: VersionRow) => ({ strengths: readClaims(v.keyStrengths), risks: readClaims(v.keyRisks), nextSteps: readClaims(v.nextSteps) });

/**
 * The screening page of one deal of the tenant's pipeline: its versions, one of them in full with
 * its cited pages, and what changed since the completed version before it. Another org's entry
 * is a 404. A screen written before versions were kept reads as its only version.
 */
export async function getDealScreenView(tenant: Pick<TenantContext, "org">, entryId: string, versionNumber?: number): Promise<DealScreenView> {
  const entry = await db.dealPipelineEntry.findFirst({
    where: { id: entryId, orgId: tenant.org.id },
    select: { id: true, projectId: true, project: { select: { name: true } } },
  });
  if (!entry) throw notFound("Deal");
  const view: DealScreenView = {
    entry: { id: entry.id, projectId: entry.projectId, projectName: entry.project.name },
    versions: [],
    shown: null,
    diff: null,
    running: null,
  };
  const screen = await db.dealScreen.findFirst({ where: { orgId: tenant.org.id, projectId: entry.projectId } });
  if (!screen) return view;
  const rows: VersionRow[] = await db.dealScreenVersion.findMany({
    where: { dealScreenId: screen.id, orgId: tenant.org.id },
    orderBy: { version: "desc" },
    take: SCREEN_VERSIONS_SHOWN,
  });
  const legacy = rows.length === 0 && screen.status === "COMPLETED";
  const all: VersionRow[] = legacy ? [{ ...screen, version: 1 }] : rows;
  view.versions = all.map(toSummary);
  const newest = all[0];
  if (newest && (newest.status === "PENDING" || newest.status === "PROCESSING")) view.running = toSummary(newest);
  const shown = all.find((v) => v.version === versionNumber) ?? all.find((v) => v.status === "COMPLETED") ?? newest;
  if (!shown) return view;
  const citations = await db.citation.findMany({
    where: { orgId: tenant.org.id, aiOutputType: legacy ? "DealScreen" : "DealScreenVersion", aiOutputId: shown.id },
    include: { document: { select: { name: true } } },
    orderBy: { citationNumber: "asc" },
  });
  view.shown = {
    ...toSummary(shown),
    rationale: shown.rationale,
    ...claimsOf(shown),
    modelUsed: shown.modelUsed,
    citations: citations.map((c) => ({
      n: c.citationNumber,
      documentId: c.documentId,
      documentName: c.document?.name ?? null,
      page: c.pageNumber,
      excerpt: c.excerpt,
      href: screenCitationHref(entry.projectId, c.documentId, c.pageNumber),
    })),
  };
  const before = shown.status === "COMPLETED" ? all.find((v) => v.version < shown.version && v.status === "COMPLETED") : undefined;
  if (before) view.diff = diffScreenVersions({ ...toSummary(before), ...claimsOf(before) }, { ...toSummary(shown), ...claimsOf(shown) });
  return view;
}
