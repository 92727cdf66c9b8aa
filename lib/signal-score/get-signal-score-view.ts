import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { DIMENSIONS } from "./dimensions";
import { signalScoreOutputSchema, type Criterion } from "./schemas";

export type ScoreStatus = "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED";
export type DimensionView = { key: string; label: string; weightPct: number; score: number; criteria: Criterion[] };
export type CitationView = { n: number; documentId: string | null; documentName: string | null; page: number | null; excerpt: string | null };
export type ScoreVersionView = {
  id: string;
  version: number;
  status: ScoreStatus;
  overall: number;
  createdAt: string;
  modelVersion: string | null;
  narrative: string | null;
};
export type SignalScoreView = {
  project: { id: string; name: string };
  /** The newest completed version: what the charts and evidence show. */
  current: (ScoreVersionView & { dimensions: DimensionView[]; citations: CitationView[]; hasCriteria: boolean }) | null;
  /** A version still being computed, if any. */
  running: ScoreVersionView | null;
  /** The newest version, when it failed (shown above an older completed one). */
  failed: ScoreVersionView | null;
  history: { version: number; overall: number; createdAt: string }[];
  feedback: { mine: { rating: number; comment: string | null } | null; up: number; down: number };
};

/** The chart shows the latest versions: a project re-scored on every change would otherwise ship each one it ever had. */
export const SCORE_HISTORY_SHOWN = 50;

const VERSION_SELECT = { id: true, version: true, status: true, overallScore: true, createdAt: true, modelVersion: true, narrative: true } as const;
type VersionRow = Prisma.SignalScoreGetPayload<{ select: typeof VERSION_SELECT }>;
const toVersion = (s: VersionRow): ScoreVersionView => ({
  id: s.id,
  version: s.version,
  status: s.status,
  overall: Number(s.overallScore),
  createdAt: s.createdAt.toISOString(),
  modelVersion: s.modelVersion,
  narrative: s.narrative,
});

/** Everything the Signal Score page shows, as plain values, for a project of the tenant's org (`feedback.mine`: the user's own rating; none for a key). */
export async function getSignalScoreView(
  tenant: { org: Pick<TenantContext["org"], "id">; user: Pick<TenantContext["user"], "id"> | null },
  projectId: string,
): Promise<SignalScoreView> {
  const project = await getProjectOrThrow(tenant, projectId);
  const where = { projectId, orgId: tenant.org.id };
  // The newest version (running or failed), the newest completed one in full, and the completed
  // versions' scores for the chart: never every version's narrative.
  const [latest, completed, history] = await Promise.all([
    db.signalScore.findFirst({ where, orderBy: { version: "desc" }, select: VERSION_SELECT }),
    db.signalScore.findFirst({ where: { ...where, status: "COMPLETED" }, orderBy: { version: "desc" } }),
    db.signalScore.findMany({
      where: { ...where, status: "COMPLETED" },
      orderBy: { version: "desc" },
      take: SCORE_HISTORY_SHOWN,
      select: { version: true, overallScore: true, createdAt: true },
    }),
  ]);
  const view: SignalScoreView = {
    project: { id: project.id, name: project.name },
    current: null,
    running: latest && (latest.status === "PENDING" || latest.status === "PROCESSING") ? toVersion(latest) : null,
    failed: latest?.status === "FAILED" ? toVersion(latest) : null,
    history: history.reverse().map((s) => ({ version: s.version, overall: Number(s.overallScore), createdAt: s.createdAt.toISOString() })),
    feedback: { mine: null, up: 0, down: 0 },
  };
  if (!completed) return view;

  const [log, citations, ratings, mine] = await Promise.all([
    db.aiTaskLog.findFirst({
      where: { orgId: tenant.org.id, agentType: "SIGNAL_SCORE", entityType: "SignalScore", entityId: completed.id, status: "COMPLETED" },
      orderBy: { createdAt: "desc" },
    }),
    db.citation.findMany({
      where: { orgId: tenant.org.id, aiOutputType: "SignalScore", aiOutputId: completed.id },
      include: { document: { select: { name: true } } },
      orderBy: { citationNumber: "asc" },
    }),
    db.aiFeedback.groupBy({ by: ["rating"], where: { orgId: tenant.org.id, entityType: "SignalScore", entityId: completed.id }, _count: { _all: true } }),
    tenant.user
      ? db.aiFeedback.findFirst({
          where: { orgId: tenant.org.id, entityType: "SignalScore", entityId: completed.id, userId: tenant.user.id },
          select: { rating: true, comment: true },
        })
      : null,
  ]);
  // Per-criterion evidence lives in the run's log output; versions scored before it was kept show dimension scores only.
  const output = signalScoreOutputSchema.safeParse(log?.outputData);
  view.current = {
    ...toVersion(completed),
    hasCriteria: output.success,
    dimensions: DIMENSIONS.map((d) => ({
      key: d.key,
      label: d.label,
      weightPct: Math.round(d.weight * 100),
      score: Number(completed[d.column] ?? 0),
      criteria: output.success ? output.data.dimensions[d.key].criteria : [],
    })),
    citations: citations.map((c) => ({ n: c.citationNumber, documentId: c.documentId, documentName: c.document?.name ?? null, page: c.pageNumber, excerpt: c.excerpt })),
  };
  const countOf = (rating: number) => ratings.find((r) => r.rating === rating)?._count._all ?? 0;
  view.feedback = { mine, up: countOf(1), down: countOf(-1) };
  return view;
}
