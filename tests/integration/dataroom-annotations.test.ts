import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", async (original) => ({
  ...(await original<object>()),
  getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "action-test" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createAnnotationAction, deleteAnnotationAction } = await import("@/lib/dataroom/actions");
const { listAnnotations } = await import("@/lib/dataroom/list-annotations");

async function tenantWithPdf(classification: "CONFIDENTIAL" | null = null) {
  const actor = await createTenant({ role: "analyst" });
  const project = await createTenantProject(actor);
  const document = await db.document.create({
    data: {
      orgId: actor.org.id,
      projectId: project.id,
      name: "ic-memo.pdf",
      fileType: "pdf",
      mimeType: "application/pdf",
      s3Key: `orgs/${actor.org.id}/dataroom/x.pdf`,
      s3Bucket: "test",
      fileSizeBytes: 10,
      status: "READY",
      uploadedBy: actor.user.id,
      checksumSha256: "a".repeat(64),
      classification,
      metadata: { pages: 3 },
    },
  });
  signedIn = actor;
  return { actor, document };
}

const highlight = (documentId: string) => ({ documentId, type: "HIGHLIGHT" as const, pageNumber: 2, position: { x: 72, y: 600, width: 200, height: 14 } });

describe("annotations through orgActionClient", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("places a highlight at PDF coordinates, logs ANNOTATED and audits it", async () => {
    const { actor, document } = await tenantWithPdf();
    const result = await createAnnotationAction(highlight(document.id));
    expect(result.data).toMatchObject({
      type: "HIGHLIGHT",
      pageNumber: 2,
      position: { x: 72, y: 600, width: 200, height: 14 },
      color: "#FACC15",
      userName: actor.user.fullName,
    });
    expect(await db.documentAccessLog.findFirstOrThrow({ where: { documentId: document.id } })).toMatchObject({
      action: "ANNOTATED",
      ipAddress: "198.51.100.4",
      userAgent: "action-test",
    });
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: "annotation.created", entityId: result.data!.id } })).toBe(1);
    expect((await listAnnotations(actor, document.id)).map((a) => a.id)).toEqual([result.data!.id]);
  });

  it("requires a comment's text and a page inside the document", async () => {
    const { document } = await tenantWithPdf();
    const empty = await createAnnotationAction({ ...highlight(document.id), type: "COMMENT" });
    expect(empty.validationErrors?.fieldErrors.text).toEqual(["Write the comment."]);
    const beyond = await createAnnotationAction({ ...highlight(document.id), pageNumber: 9 });
    expect(beyond.serverError?.message).toBe("This document has 3 page(s).");
    expect(await db.documentAnnotation.count({ where: { documentId: document.id } })).toBe(0);
  });

  it("lets the author or a manager delete, not another analyst", async () => {
    const { actor, document } = await tenantWithPdf();
    const created = (await createAnnotationAction({ ...highlight(document.id), type: "BOOKMARK", text: "Key page" })).data!;
    expect(created.position).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    const colleague = await createUser(db, { orgId: actor.org.id, role: "analyst" });
    signedIn = { ...actor, user: { ...actor.user, id: colleague.id } };
    expect((await deleteAnnotationAction({ annotationId: created.id })).serverError?.code).toBe("FORBIDDEN");
    signedIn = { ...actor, user: { ...actor.user, id: colleague.id }, role: "manager" };
    expect((await deleteAnnotationAction({ annotationId: created.id })).data).toEqual({ id: created.id });
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: "annotation.deleted" } })).toBe(1);
  });

  it("refuses a viewer and answers another org with NOT_FOUND, changing nothing", async () => {
    const { actor, document } = await tenantWithPdf("CONFIDENTIAL");
    const created = (await createAnnotationAction(highlight(document.id))).data!;
    signedIn = { ...actor, role: "viewer" };
    expect((await createAnnotationAction(highlight(document.id))).serverError?.code).toBe("FORBIDDEN");
    signedIn = await createTenant({ role: "admin" });
    expect((await createAnnotationAction(highlight(document.id))).serverError?.code).toBe("NOT_FOUND");
    expect((await deleteAnnotationAction({ annotationId: created.id })).serverError?.code).toBe("NOT_FOUND");
    await expect(listAnnotations(signedIn, document.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.documentAnnotation.count({ where: { documentId: document.id } })).toBe(1);
    expect(await db.documentAccessLog.count({ where: { documentId: document.id } })).toBe(1);
  });
});
