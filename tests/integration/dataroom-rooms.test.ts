import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createPortfolio } from "@/prisma/factories";
import { useTestStorage, uploadRequest } from "../support/dataroom-routes";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";
import { drainJobs } from "../support/job-worker";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/auth/request-meta", async (original) => ({
  ...(await original<object>()),
  getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "action-test" }),
}));

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { createFolderAction, moveFolderAction, deleteFolderAction, moveDocumentAction, renameFolderAction } = await import("@/lib/dataroom/actions");
const { listFolderTree } = await import("@/lib/dataroom/list-folder-tree");
const { listDocuments } = await import("@/lib/dataroom/list-documents");
const { listDataRooms } = await import("@/lib/dataroom/rooms/list-data-rooms");
const { searchDocuments } = await import("@/lib/dataroom/search-documents");
const { portfolioRootFolderId } = await import("@/lib/dataroom/rooms/portfolio-root-folder-id");

useTestStorage();

async function putText(query: Record<string, string>, text: string) {
  const response = await upload(uploadRequest(query, new TextEncoder().encode(text)));
  return { status: response.status, json: (await response.json()) as { document?: { id: string }; error?: { code: string; message: string } } };
}

async function investorWithPortfolio() {
  const actor = await createTenant({ role: "analyst", type: "INVESTOR" });
  const portfolio = await createPortfolio(db, { orgId: actor.org.id, name: "Fund I" });
  signedIn = actor;
  return { actor, portfolio, room: { kind: "portfolio" as const, id: portfolio.id } };
}

describe("portfolio data rooms", { timeout: 60_000 }, () => {
  it("keeps a folder tree per portfolio under a hidden root, apart from the org's other portfolios", async () => {
    const { actor, portfolio, room } = await investorWithPortfolio();
    const other = await createPortfolio(db, { orgId: actor.org.id, name: "Fund II" });
    const reports = (await createFolderAction({ room, parentFolderId: null, name: "Reports" })).data!;
    const q1 = (await createFolderAction({ room, parentFolderId: reports.id, name: "Q1" })).data!;
    await createFolderAction({ room: { kind: "portfolio", id: other.id }, parentFolderId: null, name: "Reports" });

    expect(reports.parentFolderId).toBeNull();
    const tree = await listFolderTree(actor, room);
    expect(tree.map((n) => [n.name, n.parentFolderId, n.children.map((c) => c.name)])).toEqual([["Reports", null, ["Q1"]]]);
    const root = await db.documentFolder.findUniqueOrThrow({ where: { id: portfolioRootFolderId(portfolio.id) } });
    expect(root).toMatchObject({ orgId: actor.org.id, projectId: null, parentFolderId: null, name: "Fund I" });
    expect((await db.documentFolder.findUniqueOrThrow({ where: { id: reports.id } })).parentFolderId).toBe(root.id);

    // The root is the room, not a folder: it cannot be renamed, moved, deleted or named as a parent.
    for (const attempt of [
      await renameFolderAction({ folderId: root.id, name: "Mine" }),
      await moveFolderAction({ folderId: root.id, parentFolderId: q1.id }),
      await deleteFolderAction({ folderId: root.id, moveContentsToParent: true }),
      await createFolderAction({ room, parentFolderId: root.id, name: "Direct" }),
    ]) {
      expect(attempt.serverError?.code).toBe("NOT_FOUND");
    }
  });

  it("uploads into a portfolio folder and its top level, lists, searches and moves within the room only", async () => {
    const { actor, room } = await investorWithPortfolio();
    const other = await createPortfolio(db, { orgId: actor.org.id });
    const reports = (await createFolderAction({ room, parentFolderId: null, name: "Reports" })).data!;
    const elsewhere = (await createFolderAction({ room: { kind: "portfolio", id: other.id }, parentFolderId: null, name: "Elsewhere" })).data!;

    const top = await putText({ fileName: "nav.txt", portfolioId: room.id }, "Net asset value statement for the quarter");
    const inFolder = await putText({ fileName: "lpa.txt", portfolioId: room.id, folderId: reports.id }, "Limited partnership agreement");
    expect([top.status, inFolder.status]).toEqual([201, 201]);
    expect((await putText({ fileName: "x.txt", portfolioId: room.id, folderId: elsewhere.id }, "x")).json.error?.message).toMatch(/another data room/);
    await drainJobs();

    expect((await listDocuments(actor, room, null)).documents.map((d) => [d.name, d.folderId, d.portfolioId])).toEqual([["nav.txt", null, room.id]]);
    expect((await listDocuments(actor, room, reports.id)).documents.map((d) => d.name)).toEqual(["lpa.txt"]);
    expect((await searchDocuments(actor, "asset value", { room })).map((h) => [h.name, h.folderId])).toEqual([["nav.txt", null]]);
    expect(await searchDocuments(actor, "asset value", { room: { kind: "portfolio", id: other.id } })).toEqual([]);

    expect((await moveDocumentAction({ documentId: top.json.document!.id, folderId: reports.id })).data).toBeTruthy();
    expect((await listDocuments(actor, room, reports.id)).documents.map((d) => d.name)).toEqual(["lpa.txt", "nav.txt"]);
    expect((await moveDocumentAction({ documentId: top.json.document!.id, folderId: null })).data).toBeTruthy();
    expect((await listDocuments(actor, room, null)).documents.map((d) => d.name)).toEqual(["nav.txt"]);
    expect((await moveDocumentAction({ documentId: top.json.document!.id, folderId: elsewhere.id })).serverError?.message).toMatch(/another data room/);
    expect((await moveFolderAction({ folderId: reports.id, parentFolderId: elsewhere.id })).serverError?.message).toMatch(/own data room/);

    // Deleting a top-level folder moves its files to the room's top level, not out of the room.
    expect((await deleteFolderAction({ folderId: reports.id, moveContentsToParent: true })).data).toBeTruthy();
    expect((await listDocuments(actor, room, null)).documents.map((d) => d.name)).toEqual(["lpa.txt", "nav.txt"]);

    // A portfolio file written without a folder (by code that knows nothing of the root) is still listed.
    const unfiled = await db.document.findFirstOrThrow({ where: { name: "nav.txt", orgId: actor.org.id } });
    await db.document.update({ where: { id: unfiled.id }, data: { folderId: null } });
    expect((await listDocuments(actor, room, null)).documents.map((d) => d.name)).toEqual(["lpa.txt", "nav.txt"]);

    const rooms = (await listDataRooms(actor)).rows;
    expect(rooms.find((r) => r.id === room.id)).toMatchObject({ kind: "portfolio", documents: 2 });
  });

  it("answers another org's portfolio, and an ally naming it, with NOT_FOUND", async () => {
    const { room } = await investorWithPortfolio();
    signedIn = await createTenant({ role: "admin", type: "INVESTOR" });
    expect((await createFolderAction({ room, parentFolderId: null, name: "Intruder" })).serverError?.code).toBe("NOT_FOUND");
    expect((await putText({ fileName: "x.txt", portfolioId: room.id }, "x")).status).toBe(404);
    await expect(listFolderTree(signedIn, room)).rejects.toMatchObject({ code: "NOT_FOUND" });
    signedIn = await createTenant({ role: "admin", type: "ALLY" });
    expect((await createFolderAction({ room, parentFolderId: null, name: "Intruder" })).serverError?.code).toBe("NOT_FOUND");
    expect(await db.documentFolder.count({ where: { name: "Intruder" } })).toBe(0);
  });
});

describe("moving documents between folders", { timeout: 60_000 }, () => {
  it("moves every version, audits it, refuses a twin in the target, and hides the move from other orgs", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await createTenantProject(actor);
    signedIn = actor;
    const room = { kind: "project" as const, id: project.id };
    const legal = (await createFolderAction({ room, parentFolderId: null, name: "Legal" })).data!;
    const v1 = (await putText({ fileName: "ppa.txt", projectId: project.id }, "power purchase agreement v1")).json.document!;
    const v2 = (await putText({ fileName: "ppa.txt", parentDocumentId: v1.id }, "power purchase agreement v2")).json.document!;
    await putText({ fileName: "ppa-copy.txt", projectId: project.id, folderId: legal.id }, "power purchase agreement v2");
    await drainJobs();

    expect((await moveDocumentAction({ documentId: v1.id, folderId: legal.id })).serverError?.message).toMatch(/already holds the same file/);
    await db.document.updateMany({ where: { name: "ppa-copy.txt", orgId: actor.org.id }, data: { isDeleted: true } });
    expect((await moveDocumentAction({ documentId: v1.id, folderId: legal.id })).data).toMatchObject({ id: v2.id, folderId: legal.id });
    const rows = await db.document.findMany({ where: { id: { in: [v1.id, v2.id] } }, select: { folderId: true } });
    expect(rows.map((r) => r.folderId)).toEqual([legal.id, legal.id]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "document.moved" } });
    expect(audit).toMatchObject({ entityId: v2.id, userId: actor.user.id });

    signedIn = await createTenant({ role: "admin" });
    const theirs = await createTenantProject(signedIn);
    const theirFolder = (await createFolderAction({ room: { kind: "project", id: theirs.id }, parentFolderId: null, name: "Theirs" })).data!;
    expect((await moveDocumentAction({ documentId: v2.id, folderId: theirFolder.id })).serverError?.code).toBe("NOT_FOUND");
    expect((await moveDocumentAction({ documentId: v2.id, folderId: null })).serverError?.code).toBe("NOT_FOUND");
    expect((await db.document.findUniqueOrThrow({ where: { id: v2.id } })).folderId).toBe(legal.id);

    signedIn = { ...actor, role: "viewer" };
    expect((await moveDocumentAction({ documentId: v2.id, folderId: null })).serverError?.code).toBe("FORBIDDEN");
  });
});
