import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
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

type ScoreRow = Awaited<ReturnType<typeof db.signalScore.findMany>>[number];
const toVersion = (s: ScoreRow): ScoreVersionView => ({
  id: s.id,
  version: s.version,
  status: s.status,
  overall: Number(s.overallScore),
  createdAt: s.createdAt.toISOString(),
  modelVersion: s.modelVersion,
  narrative: s.narrative,
});

/** Everything the Signal Score page shows, as plain values, for a project of the tenant's org. */
export async function getSignalScoreView(tenant: Pick<TenantContext, "org" | "user">, projectId: string): Promise<SignalScoreView> {
  const project = await getProjectOrThrow(tenant, projectId);
  const scores = await db.signalScore.findMany({ where: { projectId, orgId: tenant.org.id }, orderBy: { version: "desc" } });
  const latest = scores[0];
  const completed = scores.find((s) => s.status === "COMPLETED");
  const view: SignalScoreView = {
    project: { id: project.id, name: project.name },
    current: null,
    running: latest && (latest.status === "PENDING" || latest.status === "PROCESSING") ? toVersion(latest) : null,
    failed: latest?.status === "FAILED" ? toVersion(latest) : null,
    history: scores
      .filter((s) => s.status === "COMPLETED")
      .reverse()
      .map((s) => ({ version: s.version, overall: Number(s.overallScore), createdAt: s.createdAt.toISOString() })),
    feedback: { mine: null, up: 0, down: 0 },
  };
  if (!completed) return view;

  const [log, citations, feedback] = await Promise.all([
    db.aiTaskLog.findFirst({
      where: { orgId: tenant.org.id, agentType: "SIGNAL_SCORE", entityType: "SignalScore", entityId: completed.id, status: "COMPLETED" },
      orderBy: { createdAt: "desc" },
    }),
    db.citation.findMany({
      where: { orgId: tenant.org.id, aiOutputType: "SignalScore", aiOutputId: completed.id },
      include: { document: { select: { name: true } } },
      orderBy: { citationNumber: "asc" },
    }),
    db.aiFeedback.findMany({ where: { orgId: tenant.org.id, entityType: "SignalScore", entityId: completed.id } }),
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
  const mine = feedback.find((f) => f.userId === tenant.user.id);
  view.feedback = {
    mine: mine ? { rating: mine.rating, comment: mine.comment } : null,
    up: feedback.filter((f) => f.rating === 1).length,
    down: feedback.filter((f) => f.rating === -1).length,
  };
  return view;
}
