import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { offPlatformRegisterSlug } from "@/lib/portfolios/off-platform/off-platform-register";
import { CLASSIFICATIONS, canSeeClassification } from "@/lib/dataroom/access-rules";
import type { DocumentClassification } from "@/lib/db/generated/client";
import { idsOf, ifAny, type LabelledRow, sides, str } from "./audit-row-refs";
import { resolveDiscoveryLabels } from "./resolve-discovery-labels";
import type { RefKind } from "./sentence-parts";
import type { Json } from "./types";

/** Who reads the entries: without a role (a caller that has none), no document is named. */
export type AuditReader = Pick<TenantContext, "org"> & { role?: TenantContext["role"] };

type Doc = { id: string; name: string; classification: DocumentClassification | null };

/** What one page of entries refers to, by name: the entities, and the records their changes name by id. */
export type AuditNames = {
  entity: (row: LabelledRow) => string | null;
  ref: (kind: RefKind, id: Json | undefined) => string | null;
  score: (id: string | null) => { version: number; projectId: string } | null;
  /** The project an entry belongs to (its own, its parent's, or the one its changes recorded). */
  projectOf: (row: LabelledRow) => string | null;
  /**
   * Whether the entry is about a document above the reader's clearance: its name, and everything
   * its before/after recorded (a name, a note's text, an error quoting the file), stay hidden.
   */
  hidesDocument: (row: LabelledRow) => boolean;
};

const HIDDEN_DOCUMENT = "a document your role cannot see";
/** Entries whose entity is a document or hangs under one. */
const DOCUMENT_ENTITY_TYPES = new Set(["Document", "DocumentAnnotation", "RedactionJob"]);
const DOCUMENT_REF_KEYS = ["documentId", "redactedDocumentId"] as const;

/** The name a deleted record had, as its entry recorded it. */
function recordedName(row: LabelledRow): string | null {
  for (const side of sides(row.changes)) {
    if (row.entityType === "ProjectBudgetItem" && str(side.description)) return side.category ? `${side.category}: ${side.description}` : String(side.description);
    const name = str(side.name) ?? str(side.title) ?? str(side.fullName);
    if (name) return name;
  }
  return null;
}

/**
 * Names for a page of audit entries in one query per kind of record (never one per row), inside
 * the org only, from each table's own name field. A document the role may not see stays unnamed.
 * The exceptions are what the marketplace shows across orgs anyway: listed projects to investors,
 * discoverable mandates to allies, and a match to both of its orgs (resolve-discovery-labels.ts).
 */
export async function resolveEntityLabels(tenant: AuditReader, rows: LabelledRow[]): Promise<AuditNames> {
  const orgId = tenant.org.id;
  const of = (type: string) => idsOf(rows, type);
  // A redaction is named by its document, so the jobs come first: their documents join the one document query.
  const jobIds = of("RedactionJob");
  const jobs = jobIds.length ? await db.redactionJob.findMany({ where: { id: { in: jobIds }, orgId }, select: { id: true, documentId: true } }) : [];
  // An investor may name any listed project, as the marketplace shows them all (those it watched, or took an interest in), and those it holds off the platform.
  const projectScope =
    tenant.org.type === "INVESTOR" ? { OR: [{ orgId }, { isPublished: true, status: "ACTIVE" as const }, { org: { slug: offPlatformRegisterSlug(orgId) } }] } : { orgId };
  const [users, projects, milestones, budgetItems, scores, documents, folders, annotations, userBadges, quests, dealRooms, badges, discovery] = await Promise.all([
    ifAny(idsOf(rows, "User", "userId", "assignedTo"), (ids) => db.user.findMany({ where: { id: { in: ids }, orgId }, select: { id: true, fullName: true } })),
    ifAny(idsOf(rows, "Project", "projectId"), (ids) => db.project.findMany({ where: { id: { in: ids }, ...projectScope }, select: { id: true, name: true } })),
    ifAny(of("ProjectMilestone"), (ids) =>
      db.projectMilestone.findMany({ where: { id: { in: ids }, project: { orgId } }, select: { id: true, name: true, projectId: true } }),
    ),
    ifAny(of("ProjectBudgetItem"), (ids) =>
      db.projectBudgetItem.findMany({ where: { id: { in: ids }, project: { orgId } }, select: { id: true, category: true, description: true, projectId: true } }),
    ),
    ifAny(of("SignalScore"), (ids) =>
      db.signalScore.findMany({ where: { id: { in: ids }, orgId }, select: { id: true, version: true, projectId: true, project: { select: { name: true } } } }),
    ),
    ifAny([...idsOf(rows, "Document", "documentId", "redactedDocumentId"), ...jobs.map((j) => j.documentId)], (ids) =>
      db.document.findMany({ where: { id: { in: ids }, orgId }, select: { id: true, name: true, classification: true, projectId: true } }),
    ),
    ifAny(idsOf(rows, "DocumentFolder", "folderId", "parentFolderId"), (ids) =>
      db.documentFolder.findMany({ where: { id: { in: ids }, orgId }, select: { id: true, name: true, projectId: true } }),
    ),
    ifAny(of("DocumentAnnotation"), (ids) =>
      db.documentAnnotation.findMany({
        where: { id: { in: ids }, orgId },
        select: { id: true, document: { select: { id: true, name: true, classification: true, projectId: true } } },
      }),
    ),
    ifAny(of("UserBadge"), (ids) =>
      db.userBadge.findMany({
        where: { id: { in: ids }, user: { orgId } },
        select: { id: true, projectId: true, badge: { select: { name: true } }, user: { select: { fullName: true } } },
      }),
    ),
    ifAny(of("ImprovementQuest"), (ids) =>
      db.improvementQuest.findMany({ where: { id: { in: ids }, project: { orgId } }, select: { id: true, title: true, projectId: true } }),
    ),
    ifAny(of("DealRoom"), (ids) => db.dealRoom.findMany({ where: { id: { in: ids }, allyOrgId: orgId }, select: { id: true, name: true, projectId: true } })),
    ifAny(idsOf(rows, "", "badge"), (slugs) => db.badge.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } })),
    resolveDiscoveryLabels(orgId, rows),
  ]);
  const role = tenant.role;
  const maySee = (classification: DocumentClassification | null) => Boolean(role) && canSeeClassification(role!, classification);
  const docName = (d: Doc) => (maySee(d.classification) ? d.name : HIDDEN_DOCUMENT);
  const names = new Map<string, string>();
  const projectOfEntity = new Map<string, string | null>();
  const set = (id: string, name: string, projectId?: string | null) => {
    names.set(id, name);
    if (projectId !== undefined) projectOfEntity.set(id, projectId);
  };
  users.forEach((u) => set(u.id, u.fullName));
  projects.forEach((p) => set(p.id, p.name, p.id));
  milestones.forEach((m) => set(m.id, m.name, m.projectId));
  budgetItems.forEach((b) => set(b.id, `${b.category}: ${b.description}`, b.projectId));
  scores.forEach((s) => set(s.id, `Signal Score version ${s.version} of ${s.project.name}`, s.projectId));
  documents.forEach((d) => set(d.id, docName(d), d.projectId));
  folders.forEach((f) => set(f.id, f.name, f.projectId));
  annotations.forEach((a) => set(a.id, docName(a.document), a.document.projectId));
  const documentById = new Map(documents.map((d) => [d.id, d]));
  for (const job of jobs) {
    const document = documentById.get(job.documentId);
    if (document) set(job.id, docName(document), document.projectId);
  }
  userBadges.forEach((b) => set(b.id, `${b.badge.name} (${b.user.fullName})`, b.projectId));
  quests.forEach((q) => set(q.id, q.title, q.projectId));
  dealRooms.forEach((r) => set(r.id, r.name, r.projectId));
  discovery.names.forEach((name, id) => set(id, name, discovery.projectOf.get(id)));
  if (rows.some((r) => r.entityId === orgId)) set(orgId, tenant.org.name ?? "the organisation");
  const badgeNames = new Map(badges.map((b) => [b.slug, b.name]));
  const scoreOf = new Map(scores.map((s) => [s.id, { version: s.version, projectId: s.projectId }]));
  // The document each document-family entity is about: the row itself, a note's document, a redaction's document.
  const documentOfEntity = new Map<string, Doc>(documents.map((d) => [d.id, d]));
  annotations.forEach((a) => documentOfEntity.set(a.id, a.document));
  for (const job of jobs) if (documentById.has(job.documentId)) documentOfEntity.set(job.id, documentById.get(job.documentId)!);

  /**
   * A document that is gone (its project or org deleted, a note hard-deleted) can no longer say
   * its classification: the one its entry recorded decides, and without one only a reader who may
   * see every classification learns its name.
   */
  const recordedClassificationVisible = (row: LabelledRow) => {
    for (const side of sides(row.changes)) {
      if (!("classification" in side)) continue;
      const recorded = side.classification;
      if (recorded === null) return maySee(null);
      if (typeof recorded === "string" && (CLASSIFICATIONS as string[]).includes(recorded)) return maySee(recorded as DocumentClassification);
    }
    return maySee("TOP_SECRET");
  };
  const hidesDocument = (row: LabelledRow) => {
    if (DOCUMENT_ENTITY_TYPES.has(row.entityType) && row.entityId) {
      const document = documentOfEntity.get(row.entityId);
      if (document ? !maySee(document.classification) : !recordedClassificationVisible(row)) return true;
    }
    for (const side of sides(row.changes)) {
      for (const key of DOCUMENT_REF_KEYS) {
        const id = str(side[key]);
        if (!id) continue;
        const document = documentById.get(id);
        if (document ? !maySee(document.classification) : !maySee("TOP_SECRET")) return true;
      }
    }
    return false;
  };

  return {
    entity: (row) => {
      if (hidesDocument(row) && DOCUMENT_ENTITY_TYPES.has(row.entityType)) return HIDDEN_DOCUMENT;
      return (row.entityId && names.get(row.entityId)) || recordedName(row);
    },
    ref: (kind, id) => (typeof id !== "string" ? null : kind === "badge" ? (badgeNames.get(id) ?? null) : (names.get(id) ?? null)),
    score: (id) => (id ? (scoreOf.get(id) ?? null) : null),
    projectOf: (row) => {
      const own = row.entityId ? projectOfEntity.get(row.entityId) : undefined;
      if (own) return own;
      for (const side of sides(row.changes)) if (str(side.projectId)) return String(side.projectId);
      return null;
    },
    hidesDocument,
  };
}
