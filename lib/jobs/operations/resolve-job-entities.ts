import type { TenantContext } from "@/lib/auth/tenant-context";
import { visibleDocumentsWhere } from "@/lib/dataroom/access-rules";
import { documentHref, roomOfDocument } from "@/lib/dataroom/rooms/room-ref";
import { db } from "@/lib/db/client";

/** What a run is about, named and linked for its org's people; unnamed when they may not see it. */
export type JobEntityView = { type: string; id: string; label: string; href: string | null };

type EntityRow = { entityType: string | null; entityId: string | null };

const TYPE_WORDS: Record<string, string> = { Document: "A document", RedactionJob: "A redaction", SignalScore: "A Signal Score", Project: "A project" };

/** The fallback when the record is gone or hidden: its kind, never its name. */
export function unnamedEntity(type: string, id: string): JobEntityView {
  return { type, id, label: TYPE_WORDS[type] ?? type, href: null };
}

/**
 * Names and links for a page of runs in one query per kind (never one per row), inside the org
 * only. Documents go through the data-room visibility rule, so a document the role may not see,
 * or one deleted since, stays unnamed, as in the audit log.
 */
export async function resolveJobEntities(tenant: Pick<TenantContext, "org" | "role">, rows: EntityRow[]): Promise<(row: EntityRow) => JobEntityView | null> {
  const orgId = tenant.org.id;
  const idsOf = (type: string) => [...new Set(rows.flatMap((r) => (r.entityType === type && r.entityId ? [r.entityId] : [])))];
  const [redactions, scores, projects] = await Promise.all([
    db.redactionJob.findMany({ where: { id: { in: idsOf("RedactionJob") }, orgId }, select: { id: true, documentId: true } }),
    db.signalScore.findMany({
      where: { id: { in: idsOf("SignalScore") }, orgId },
      select: { id: true, version: true, projectId: true, project: { select: { name: true } } },
    }),
    db.project.findMany({ where: { id: { in: idsOf("Project") }, orgId }, select: { id: true, name: true } }),
  ]);
  const documents = await db.document.findMany({
    where: { ...visibleDocumentsWhere(tenant), id: { in: [...idsOf("Document"), ...redactions.map((r) => r.documentId)] } },
    select: { id: true, name: true, projectId: true, portfolioId: true },
  });

  const views = new Map<string, JobEntityView>();
  const documentView = new Map<string, { label: string; href: string | null }>();
  for (const d of documents) {
    const room = roomOfDocument(d);
    documentView.set(d.id, { label: d.name, href: room ? documentHref(room, d.id) : null });
  }
  for (const [id, view] of documentView) views.set(`Document:${id}`, { type: "Document", id, ...view });
  for (const r of redactions) {
    const document = documentView.get(r.documentId);
    if (document) views.set(`RedactionJob:${r.id}`, { type: "RedactionJob", id: r.id, label: document.label, href: document.href ? `${document.href}/redaction` : null });
  }
  for (const s of scores) {
    views.set(`SignalScore:${s.id}`, {
      type: "SignalScore",
      id: s.id,
      label: `Version ${s.version} of ${s.project.name}`,
      href: `/projects/${s.projectId}/signal-score`,
    });
  }
  for (const p of projects) views.set(`Project:${p.id}`, { type: "Project", id: p.id, label: p.name, href: `/projects/${p.id}` });

  return (row) => {
    if (!row.entityType || !row.entityId) return null;
    return views.get(`${row.entityType}:${row.entityId}`) ?? unnamedEntity(row.entityType, row.entityId);
  };
}
