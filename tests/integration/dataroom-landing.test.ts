import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createFolder } from "@/lib/dataroom/create-folder";
import { getRoomLanding } from "@/lib/dataroom/get-room-landing";
import { listFolderTree } from "@/lib/dataroom/list-folder-tree";
import { getRoomOrThrow } from "@/lib/dataroom/rooms/get-room-or-throw";
import { portfolioRootFolderId } from "@/lib/dataroom/rooms/portfolio-root-folder-id";
import type { RoomRef } from "@/lib/dataroom/rooms/room-ref";
import { createDocument, createPortfolio, createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

type DocInput = Omit<Parameters<typeof createDocument>[1], "orgId" | "uploadedBy">;

async function seedDocument(actor: Actor, input: DocInput & { at: string; deleted?: boolean }) {
  const { at, deleted, ...rest } = input;
  const row = await createDocument(db, { orgId: actor.org.id, uploadedBy: actor.user.id, classification: "PUBLIC", ...rest });
  return db.document.update({ where: { id: row.id }, data: { createdAt: new Date(at), isDeleted: deleted ?? false } });
}

async function landingFor(actor: Actor, ref: RoomRef) {
  const room = await getRoomOrThrow(actor, ref);
  return getRoomLanding(actor, room, await listFolderTree(actor, room));
}

async function viewerOf(actor: Actor): Promise<Actor> {
  const user = await createUser(db, { orgId: actor.org.id, role: "viewer" });
  return { ...actor, user: { id: user.id, email: user.email, fullName: user.fullName, avatarUrl: user.avatarUrl }, role: "viewer" };
}

describe("data room landing", { timeout: 60_000 }, () => {
  it("counts each top-level folder's current visible documents, subfolders included, and lists the latest five", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await createTenantProject(actor);
    const room: RoomRef = { kind: "project", id: project.id };
    const technical = await createFolder(actor, { room, parentFolderId: null, name: "Technical" });
    const geotech = await createFolder(actor, { room, parentFolderId: technical.id, name: "Geotech" });
    const legal = await createFolder(actor, { room, parentFolderId: null, name: "Legal" });
    await createFolder(actor, { room, parentFolderId: null, name: "Finance" });
    const on = { projectId: project.id };

    await seedDocument(actor, { ...on, folderId: technical.id, name: "yield.pdf", at: "2026-01-01T10:00:00Z" });
    await seedDocument(actor, { ...on, folderId: technical.id, name: "layout.pdf", at: "2026-01-02T10:00:00Z" });
    await seedDocument(actor, { ...on, folderId: geotech.id, name: "boreholes.pdf", at: "2026-01-03T10:00:00Z" });
    const v1 = await seedDocument(actor, { ...on, folderId: legal.id, name: "ppa.pdf", at: "2026-01-04T10:00:00Z" });
    await seedDocument(actor, { ...on, folderId: legal.id, name: "ppa.pdf", version: 2, parentVersionId: v1.id, at: "2026-01-05T10:00:00Z" });
    await seedDocument(actor, { ...on, folderId: legal.id, name: "gone.pdf", deleted: true, at: "2026-01-09T10:00:00Z" });
    await seedDocument(actor, { ...on, folderId: legal.id, name: "board.pdf", classification: "CONFIDENTIAL", at: "2026-01-06T10:00:00Z" });
    await seedDocument(actor, { ...on, name: "teaser.pdf", at: "2026-01-07T10:00:00Z" });
    const otherProject = await createTenantProject(actor);
    await seedDocument(actor, { projectId: otherProject.id, name: "elsewhere.pdf", at: "2026-01-08T10:00:00Z" });

    const landing = await landingFor(actor, room);
    expect(landing.folders.map((f) => [f.name, f.documents, f.subfolders])).toEqual([
      ["Finance", 0, 0],
      ["Legal", 2, 0],
      ["Technical", 3, 1],
    ]);
    expect(landing.recent.map((d) => [d.name, d.version])).toEqual([
      ["teaser.pdf", 1],
      ["board.pdf", 1],
      ["ppa.pdf", 2],
      ["boreholes.pdf", 1],
      ["layout.pdf", 1],
    ]);
    expect(landing.recent[0]!.folderId).toBeNull();

    // A viewer may not see CONFIDENTIAL: it is neither counted nor listed.
    const viewerLanding = await landingFor(await viewerOf(actor), room);
    expect(viewerLanding.folders.map((f) => [f.name, f.documents])).toEqual([
      ["Finance", 0],
      ["Legal", 1],
      ["Technical", 3],
    ]);
    expect(viewerLanding.recent.map((d) => d.name)).not.toContain("board.pdf");
  });

  it("works the same in a portfolio room, whose top level is its hidden root", async () => {
    const actor = await createTenant({ role: "analyst", type: "INVESTOR" });
    const portfolio = await createPortfolio(db, { orgId: actor.org.id, name: "Fund I" });
    const room: RoomRef = { kind: "portfolio", id: portfolio.id };
    const reports = await createFolder(actor, { room, parentFolderId: null, name: "Reports" });
    const q1 = await createFolder(actor, { room, parentFolderId: reports.id, name: "Q1" });
    const on = { portfolioId: portfolio.id };
    await seedDocument(actor, { ...on, folderId: q1.id, name: "q1.pdf", at: "2026-02-01T10:00:00Z" });
    await seedDocument(actor, { ...on, folderId: portfolioRootFolderId(portfolio.id), name: "lpa.pdf", at: "2026-02-02T10:00:00Z" });

    const landing = await landingFor(actor, room);
    expect(landing.folders.map((f) => [f.name, f.documents, f.subfolders])).toEqual([["Reports", 1, 1]]);
    expect(landing.recent.map((d) => [d.name, d.folderId])).toEqual([
      ["lpa.pdf", null],
      ["q1.pdf", q1.id],
    ]);

    // Another org's landing of this room is a 404, not an empty room.
    const stranger = await createTenant({ role: "admin", type: "INVESTOR" });
    await expect(landingFor(stranger, room)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
