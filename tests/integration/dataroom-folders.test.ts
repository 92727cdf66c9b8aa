import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
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

const { createFolderAction, renameFolderAction, moveFolderAction, deleteFolderAction, deleteDocumentAction } = await import("@/lib/dataroom/actions");
const { listFolderTree, folderPath } = await import("@/lib/dataroom/list-folder-tree");

async function tenantWithTree() {
  const actor = await createTenant({ role: "analyst" });
  const project = await createTenantProject(actor);
  signedIn = actor;
  const make = async (name: string, parentFolderId: string | null) =>
    (await createFolderAction({ room: { kind: "project", id: project.id }, parentFolderId, name })).data!.id;
  const legal = await make("Legal", null);
  const permits = await make("Permits", legal);
  const env = await make("Environmental", permits);
  const finance = await make("Finance", null);
  return { actor, project, legal, permits, env, finance };
}

const folderRows = (orgId: string) => db.documentFolder.findMany({ where: { orgId }, orderBy: { id: "asc" } });

describe("data room folders through orgActionClient", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("builds a tree with breadcrumbs, audited with the request's facts", async () => {
    const { actor, project, legal, permits, env } = await tenantWithTree();
    const tree = await listFolderTree(actor, { kind: "project", id: project.id });
    expect(tree.map((n) => n.name)).toEqual(["Finance", "Legal"]);
    expect(folderPath(tree, env).map((f) => f.id)).toEqual([legal, permits, env]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "folder.created", entityId: env } });
    expect(audit).toMatchObject({ userId: actor.user.id, ipAddress: "198.51.100.4", userAgent: "action-test" });
  });

  it("refuses a sibling with the same name, and shows the field error", async () => {
    const { project, legal } = await tenantWithTree();
    const result = await createFolderAction({ room: { kind: "project", id: project.id }, parentFolderId: legal, name: "permits" });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    const invalid = await createFolderAction({ room: { kind: "project", id: project.id }, parentFolderId: null, name: "a/b" });
    expect(invalid.validationErrors?.fieldErrors.name).toEqual(["A folder name cannot contain / or \\."]);
  });

  it("renames and moves, with {before, after} in the audit row", async () => {
    const { actor, legal, env, finance } = await tenantWithTree();
    expect((await renameFolderAction({ folderId: legal, name: "Legal & Permits" })).data).toEqual({ id: legal, name: "Legal & Permits" });
    expect((await moveFolderAction({ folderId: env, parentFolderId: finance })).data?.parentFolderId).toBe(finance);
    const moved = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "folder.moved" } });
    expect(moved.changes).toMatchObject({ after: { parentFolderId: finance } });
  });

  it("refuses a move into the folder itself or its own subtree, changing nothing", async () => {
    const { actor, legal, env } = await tenantWithTree();
    const before = await folderRows(actor.org.id);
    const result = await moveFolderAction({ folderId: legal, parentFolderId: env });
    expect(result.serverError?.message).toMatch(/cannot move into itself or one of its own subfolders/);
    expect((await moveFolderAction({ folderId: legal, parentFolderId: legal })).serverError?.code).toBe("VALIDATION");
    expect(await folderRows(actor.org.id)).toEqual(before);
  });

  it("refuses to delete a folder with contents unless moving them to the parent is confirmed", async () => {
    const { actor, project, legal, permits, env } = await tenantWithTree();
    const refused = await deleteFolderAction({ folderId: permits, moveContentsToParent: false });
    expect(refused.serverError).toMatchObject({ code: "CONFLICT" });
    expect(refused.serverError?.message).toMatch(/holds 1 folder\(s\) and 0 document\(s\)/);

    const confirmed = await deleteFolderAction({ folderId: permits, moveContentsToParent: true });
    expect(confirmed.data).toMatchObject({ movedFolders: 1 });
    expect(await db.documentFolder.findUniqueOrThrow({ where: { id: env } })).toMatchObject({ parentFolderId: legal });
    expect(await db.documentFolder.findUniqueOrThrow({ where: { id: permits } })).toMatchObject({ isDeleted: true });
    const tree = await listFolderTree(actor, { kind: "project", id: project.id });
    expect(folderPath(tree, env).map((f) => f.name)).toEqual(["Legal", "Environmental"]);
    expect((await renameFolderAction({ folderId: permits, name: "Back" })).serverError?.code).toBe("NOT_FOUND");
  });

  it("refuses a viewer: the server checks the role", async () => {
    const { actor, project } = await tenantWithTree();
    signedIn = { ...actor, role: "viewer" };
    expect((await createFolderAction({ room: { kind: "project", id: project.id }, parentFolderId: null, name: "X" })).serverError?.code).toBe("FORBIDDEN");
  });

  it("answers another org's folders and project with NOT_FOUND, leaving them unchanged", async () => {
    const { actor: owner, project, legal, finance } = await tenantWithTree();
    const before = await folderRows(owner.org.id);
    signedIn = await createTenant({ role: "admin" });
    const other = await createTenantProject(signedIn);
    const mine = (await createFolderAction({ room: { kind: "project", id: other.id }, parentFolderId: null, name: "Mine" })).data!.id;
    const attempts = [
      await createFolderAction({ room: { kind: "project", id: project.id }, parentFolderId: null, name: "Intruder" }),
      await createFolderAction({ room: { kind: "project", id: other.id }, parentFolderId: legal, name: "Intruder" }),
      await renameFolderAction({ folderId: legal, name: "Hacked" }),
      await moveFolderAction({ folderId: legal, parentFolderId: finance }),
      await moveFolderAction({ folderId: mine, parentFolderId: legal }),
      await deleteFolderAction({ folderId: legal, moveContentsToParent: true }),
      await deleteDocumentAction({ documentId: legal }),
    ];
    for (const attempt of attempts) expect(attempt.serverError?.code).toBe("NOT_FOUND");
    expect(await folderRows(owner.org.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { orgId: owner.org.id, action: { not: "folder.created" } } })).toBe(0);
  });

  it("answers an investor asking for an ally's project room with NOT_FOUND", async () => {
    const { project } = await tenantWithTree();
    signedIn = await createTenant({ role: "admin", type: "INVESTOR" });
    const result = await createFolderAction({ room: { kind: "project", id: project.id }, parentFolderId: null, name: "X" });
    expect(result.serverError?.code).toBe("NOT_FOUND");
  });
});
