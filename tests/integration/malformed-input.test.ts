import { callRoute, signIn } from "../support/mock-request-context";
import { beforeEach, describe, expect, it } from "vitest";
import { NUL_MESSAGE } from "@/lib/utils/free-text";
import { createDocument } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { getDocumentOrThrow } = await import("@/lib/dataroom/get-document-or-throw");
const { getProjectOrThrow } = await import("@/lib/projects/get-project-or-throw");
const { orNotFound } = await import("@/lib/errors/or-not-found");
const { GET: coverRoute } = await import("@/app/api/projects/[projectId]/cover/route");
const { searchDocuments } = await import("@/lib/dataroom/search-documents");
const { listProjects } = await import("@/lib/projects/list-projects");
const { parseListProjectsQuery } = await import("@/lib/projects/list-projects-query");
const { createFolderAction, renameFolderAction } = await import("@/lib/dataroom/actions");
const { addLocalMemberAction } = await import("@/lib/team/actions");

/** What reached PostgreSQL's uuid cast before, and failed the request with a 500. */
const MALFORMED_IDS = ["-".repeat(36), "a".repeat(36), "0123456789abcdef0123456789abcdef0123", "%E0%A4%A", "%E0%A4%A-0000-0000-0000-000000000000"];

beforeEach(() => signIn(null));

describe("malformed ids in URLs", () => {
  it.each(MALFORMED_IDS)("a page loader answers %j with Next's 404", async (id) => {
    const actor = await createTenant({ role: "admin" });
    await expect(getProjectOrThrow(actor, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDocumentOrThrow(actor, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // What the document and project pages do with it: notFound(), whose digest Next turns into the 404 page.
    await expect(orNotFound(getDocumentOrThrow(actor, id))).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });

  it.each(MALFORMED_IDS)("a route handler answers %j with a 404 JSON body", async (projectId) => {
    signIn(await createTenant({ role: "admin" }));
    const response = await callRoute(coverRoute, "/api/projects/[projectId]/cover", { params: { projectId } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

describe("NUL bytes in free text", () => {
  it("a folder name with NUL gets a validation message, and nothing is written", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await createTenantProject(actor);
    signIn(actor);
    const created = await createFolderAction({ room: { kind: "project", id: project.id }, parentFolderId: null, name: "Legal\u0000" });
    expect(created.serverError).toBeUndefined();
    expect(created.validationErrors?.fieldErrors.name).toEqual([NUL_MESSAGE]);
    expect(await db.documentFolder.count({ where: { orgId: actor.org.id } })).toBe(0);

    const folder = (await createFolderAction({ room: { kind: "project", id: project.id }, parentFolderId: null, name: "Legal" })).data!;
    const renamed = await renameFolderAction({ folderId: folder.id, name: "Le\u0000gal" });
    expect(renamed.validationErrors?.fieldErrors.name).toEqual([NUL_MESSAGE]);
    expect((await db.documentFolder.findUniqueOrThrow({ where: { id: folder.id } })).name).toBe("Legal");
  });

  it("a member name with NUL gets a validation message", async () => {
    const admin = await createTenant({ role: "admin" });
    signIn(admin);
    const result = await addLocalMemberAction({ fullName: "Ada\u0000 Lovelace", email: "ada@example.com", role: "viewer" });
    expect(result.serverError).toBeUndefined();
    expect(result.validationErrors?.fieldErrors.fullName).toEqual([NUL_MESSAGE]);
    expect(await db.user.count({ where: { orgId: admin.org.id, email: "ada@example.com" } })).toBe(0);
  });

  it("searches with NUL still search, for the words around it", async () => {
    const actor = await createTenant({ role: "admin" });
    const project = await createTenantProject(actor, { name: "Turkana Wind" });
    const document = await createDocument(db, { orgId: actor.org.id, projectId: project.id, uploadedBy: actor.user.id, name: "Grid study.pdf" });
    await db.documentExtraction.create({
      data: { documentId: document.id, extractionType: "TEXT", status: "COMPLETED", content: "Grid connection study for the substation." },
    });

    const hits = await searchDocuments(actor, "substation\u0000", { room: { kind: "project", id: project.id } });
    expect(hits.map((h) => h.documentId)).toEqual([document.id]);

    for (const q of ["Turkana\u0000", "\u0000Turkana"]) {
      const page = await listProjects(actor, parseListProjectsQuery({ q }));
      expect(page.rows.map((p) => p.id)).toEqual([project.id]);
    }
  });
});
