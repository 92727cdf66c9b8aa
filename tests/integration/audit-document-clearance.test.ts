import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { systemActor } from "@/lib/auth/actor";
import { auditedWrite } from "@/lib/audit/audited-write";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import { listProjectHistory } from "@/lib/audit/list-project-history";
import type { AuditQuery } from "@/lib/audit/schemas";
import { sentenceText } from "@/lib/audit/sentence-parts";
import { listRecentActivity } from "@/lib/dashboard/list-recent-activity";
import { deleteDocument } from "@/lib/dataroom/delete-document";
import { toDocumentDto } from "@/lib/dataroom/to-document-dto";
import { createDocument, createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const SECRET_NAME = "Project Falcon acquisition terms.pdf";
const SECRET_NOTE = "Walk-away price 41.5m";
const query: AuditQuery = { page: 1, pageSize: 100 };
type Write = Parameters<typeof auditedWrite>[1] extends (tx: never) => Promise<{ audit: infer A }> ? A : never;
const write = (actor: Parameters<typeof auditedWrite>[0], audit: Write) => auditedWrite(actor, async () => ({ result: null, audit }));

/**
 * An admin and a viewer of one org; a TOP_SECRET document in a project with the trail the data
 * room writes for it (upload, a failed processing that quotes the file, a note, a redaction, a
 * retried job, deletion), and an unclassified document beside it.
 */
async function orgWithSecretTrail() {
  const admin = await createTenant({ role: "admin" });
  const viewerUser = await createUser(db, { orgId: admin.org.id, role: "viewer", fullName: "Vera Viewer" });
  const viewer: Actor = { ...admin, role: "viewer", user: { ...admin.user, id: viewerUser.id, fullName: viewerUser.fullName } };
  const project = await createTenantProject(admin, { name: "Marsabit Solar" });

  const secret = await createDocument(db, { orgId: admin.org.id, projectId: project.id, uploadedBy: admin.user.id, name: SECRET_NAME, classification: "TOP_SECRET" });
  await write(admin, { action: "document.uploaded", entityType: "Document", entityId: secret.id, changes: { after: toDocumentDto(secret) } });
  await write(systemActor(admin.org.id), {
    action: "document.processing_failed",
    entityType: "Document",
    entityId: secret.id,
    changes: { before: { status: "PROCESSING" }, after: { status: "ERROR", error: `"${SECRET_NAME}" could not be read.` } },
  });
  const note = await db.documentAnnotation.create({
    data: { orgId: admin.org.id, documentId: secret.id, userId: admin.user.id, type: "COMMENT", text: SECRET_NOTE, position: { x: 1, y: 1, width: 5, height: 5 } },
  });
  await write(admin, {
    action: "annotation.created",
    entityType: "DocumentAnnotation",
    entityId: note.id,
    changes: { after: { id: note.id, text: SECRET_NOTE, pageNumber: 1 } },
  });
  const job = await db.redactionJob.create({ data: { orgId: admin.org.id, documentId: secret.id, createdBy: admin.user.id } });
  await write(admin, { action: "redaction.started", entityType: "RedactionJob", entityId: job.id, changes: { after: { documentId: secret.id, status: "pending" } } });
  await write(admin, {
    action: "job.retried",
    entityType: "JobRun",
    entityId: randomUUID(),
    changes: { before: { status: "FAILED" }, after: { status: "QUEUED", job: "Text extraction", documentId: secret.id, projectId: project.id } },
  });
  await deleteDocument(admin, secret.id);

  const open = await createDocument(db, { orgId: admin.org.id, projectId: project.id, uploadedBy: admin.user.id, name: "Site photos.pdf", classification: "PUBLIC" });
  await write(admin, { action: "document.uploaded", entityType: "Document", entityId: open.id, changes: { after: toDocumentDto(open) } });
  return { admin, viewer, project, secret };
}

/** Everything the three pages hand to the browser, as text. */
async function whatTheReaderGets(reader: Actor, projectId: string) {
  const [feed, log, history] = await Promise.all([listRecentActivity(reader, 20), listAuditLogs(reader, query), listProjectHistory(reader, projectId, query)]);
  return { feed: JSON.stringify(feed), log: JSON.stringify(log), history: JSON.stringify(history.page) };
}

describe("documents above the reader's clearance in the activity feed, the audit log and project history", () => {
  it("a viewer never receives the TOP_SECRET file's name, its note, or its id; an admin of the same org does", async () => {
    const { admin, viewer, project, secret } = await orgWithSecretTrail();

    const seen = await whatTheReaderGets(viewer, project.id);
    for (const [page, text] of Object.entries(seen)) {
      expect(text, page).not.toContain("Falcon");
      expect(text, page).not.toContain(SECRET_NOTE);
      expect(text, page).not.toContain(secret.id);
      expect(text, page).toContain("Site photos.pdf");
    }
    const sentences = (await listAuditLogs(viewer, query)).rows.map((r) => sentenceText(r.sentence));
    expect(sentences).toEqual(
      expect.arrayContaining([
        `${admin.user.fullName} uploaded a document your role cannot see`,
        `${admin.user.fullName} deleted a document your role cannot see`,
        "Processing of a document your role cannot see failed",
        `${admin.user.fullName} added a note of a document your role cannot see`,
        `${admin.user.fullName} started a redaction of a document your role cannot see`,
      ]),
    );

    const asAdmin = await whatTheReaderGets(admin, project.id);
    for (const text of Object.values(asAdmin)) expect(text).toContain(SECRET_NAME);
    expect(asAdmin.log).toContain(SECRET_NOTE);
    const adminSentences = (await listAuditLogs(admin, query)).rows.map((r) => sentenceText(r.sentence));
    expect(adminSentences).toContain(`${admin.user.fullName} uploaded ${SECRET_NAME}`);
  });

  it("a document that is gone is judged by the classification its entry recorded", async () => {
    const { admin, viewer } = await orgWithSecretTrail();
    const goneId = randomUUID();
    await write(admin, {
      action: "document.uploaded",
      entityType: "Document",
      entityId: goneId,
      changes: { after: { id: goneId, name: "Gone secret.pdf", classification: "RESTRICTED" } },
    });
    await write(admin, { action: "document.deleted", entityType: "Document", entityId: randomUUID(), changes: { before: { name: "Gone unknown.pdf" } } });
    await write(admin, {
      action: "document.uploaded",
      entityType: "Document",
      entityId: randomUUID(),
      changes: { after: { name: "Gone public.pdf", classification: "PUBLIC" } },
    });

    const asViewer = JSON.stringify(await listAuditLogs(viewer, query));
    expect(asViewer).not.toContain("Gone secret");
    expect(asViewer).not.toContain("Gone unknown");
    expect(asViewer).toContain("Gone public.pdf");
    const asAdmin = JSON.stringify(await listAuditLogs(admin, query));
    for (const name of ["Gone secret.pdf", "Gone unknown.pdf", "Gone public.pdf"]) expect(asAdmin).toContain(name);
  });
});
