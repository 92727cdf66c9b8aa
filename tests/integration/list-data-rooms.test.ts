import { describe, expect, it } from "vitest";
import { createDocument, createPortfolio } from "@/prisma/factories";
import { listDataRooms } from "@/lib/dataroom/rooms/list-data-rooms";
import { dataRoomsHref, parseListDataRoomsQuery } from "@/lib/dataroom/rooms/list-data-rooms-query";
import { createTenant, createTenantProject, db } from "../support/test-db";

const pad = (n: number) => String(n).padStart(2, "0");

/** An ally with 30 live projects "Room 01".."Room 30" and an archived one, which has no room. */
async function allyWithRooms() {
  const actor = await createTenant({ role: "analyst" });
  const projects = await Promise.all(Array.from({ length: 30 }, (_, i) => createTenantProject(actor, { name: `Room ${pad(i + 1)}` })));
  await createTenantProject(actor, { name: "Room 99 (archived)", status: "ARCHIVED" });
  return { actor, projects: projects.sort((a, b) => a.name.localeCompare(b.name)) };
}

describe("listDataRooms", () => {
  it("lists a page of 24 rooms by name, the rest on page 2, and a page past the end as the last page", async () => {
    const { actor } = await allyWithRooms();
    const first = await listDataRooms(actor);
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2, pageSize: 24, orgHasRooms: true });
    expect(first.rows.map((r) => r.name)).toEqual(Array.from({ length: 24 }, (_, i) => `Room ${pad(i + 1)}`));
    expect(first.rows.every((r) => r.kind === "project")).toBe(true);

    const second = await listDataRooms(actor, { page: 2 });
    expect(second.rows.map((r) => r.name)).toEqual(["Room 25", "Room 26", "Room 27", "Room 28", "Room 29", "Room 30"]);
    const beyond = await listDataRooms(actor, { page: 40 });
    expect(beyond).toMatchObject({ page: 2, query: { page: 2 } });
    expect(beyond.rows.map((r) => r.name)).toEqual(second.rows.map((r) => r.name));
  });

  it("searches names case-insensitively, takes % and _ literally, and tells no match from no rooms", async () => {
    const { actor } = await allyWithRooms();
    const ones = await listDataRooms(actor, { q: "room 1" });
    expect(ones.rows.map((r) => r.name)).toEqual(["Room 10", "Room 11", "Room 12", "Room 13", "Room 14", "Room 15", "Room 16", "Room 17", "Room 18", "Room 19"]);
    expect(ones.total).toBe(10);
    expect((await listDataRooms(actor, { q: "archived" })).rows).toEqual([]);
    const wildcard = await listDataRooms(actor, { q: "%" });
    expect(wildcard).toMatchObject({ rows: [], total: 0, orgHasRooms: true });

    const empty = await createTenant({ role: "viewer" });
    expect(await listDataRooms(empty, { q: "room" })).toMatchObject({ rows: [], total: 0, orgHasRooms: false });
    expect(await listDataRooms(empty)).toMatchObject({ rows: [], total: 0, pageCount: 1, orgHasRooms: false });
  });

  it("never lists another org's rooms, even searched by their exact name", async () => {
    const { actor, projects } = await allyWithRooms();
    const other = await createTenant({ role: "admin" });
    await createTenantProject(other, { name: "Neighbour Solar Park" });
    expect(await listDataRooms(actor, { q: "Neighbour Solar Park" })).toMatchObject({ rows: [], total: 0 });
    const theirs = await listDataRooms(other);
    expect(theirs.rows.map((r) => r.name)).toEqual(["Neighbour Solar Park"]);
    expect(theirs.rows.map((r) => r.id)).not.toContain(projects[0].id);
  });

  it("counts, per room shown, the current documents the role may see and the latest upload", async () => {
    const { actor, projects } = await allyWithRooms();
    const [room, quiet] = projects;
    const doc = (input: Partial<Parameters<typeof createDocument>[1]>) =>
      createDocument(db, { orgId: actor.org.id, uploadedBy: actor.user.id, projectId: room.id, ...input });
    const v1 = await doc({ name: "ppa.pdf" });
    const v2 = await doc({ name: "ppa.pdf", parentVersionId: v1.id, version: 2 });
    await doc({ name: "esia.pdf", classification: "PUBLIC" });
    await doc({ name: "deleted.pdf", classification: "PUBLIC" }).then((d) => db.document.update({ where: { id: d.id }, data: { isDeleted: true } }));
    await doc({ name: "board.pdf", classification: "TOP_SECRET" });
    const latest = new Date("2026-11-30T09:15:00Z");
    await db.document.update({ where: { id: v2.id }, data: { createdAt: latest } });

    const rows = (await listDataRooms(actor)).rows;
    // ppa.pdf (its current version) and esia.pdf; not the superseded v1, the deleted file or the top-secret one.
    expect(rows.find((r) => r.id === room.id)).toMatchObject({ documents: 2 });
    expect(rows.find((r) => r.id === quiet.id)).toMatchObject({ documents: 0, lastUploadAt: null });
    const admin = { ...actor, role: "admin" as const };
    expect((await listDataRooms(admin)).rows.find((r) => r.id === room.id)).toMatchObject({ documents: 3 });
    expect((await listDataRooms(actor, { q: room.name })).rows).toEqual([expect.objectContaining({ id: room.id, documents: 2 })]);
    const upload = (await listDataRooms(actor, { q: room.name })).rows[0].lastUploadAt;
    expect(upload && new Date(upload) >= latest).toBe(true);
  });

  it("sorts by most recently updated when asked", async () => {
    const { actor, projects } = await allyWithRooms();
    await db.project.update({ where: { id: projects[17].id }, data: { updatedAt: new Date(Date.now() + 60_000) } });
    expect((await listDataRooms(actor, { sort: "updated" })).rows[0].id).toBe(projects[17].id);
  });

  it("lists an investor's portfolios with their documents", async () => {
    const actor = await createTenant({ role: "viewer", type: "INVESTOR" });
    const fund = await createPortfolio(db, { orgId: actor.org.id, name: "Fund II" });
    await createPortfolio(db, { orgId: actor.org.id, name: "Fund I" });
    await createDocument(db, { orgId: actor.org.id, uploadedBy: actor.user.id, portfolioId: fund.id, classification: "PUBLIC" });
    const result = await listDataRooms(actor);
    expect(result.rows.map((r) => [r.kind, r.name, r.documents])).toEqual([
      ["portfolio", "Fund I", 0],
      ["portfolio", "Fund II", 1],
    ]);
  });
});

describe("data-room index URL", () => {
  it("reads a hand-edited URL without failing and writes defaults out", () => {
    expect(parseListDataRoomsQuery({ q: "  Kisumu ", page: "3", sort: "bogus" })).toEqual({ q: "Kisumu", page: 3, sort: "name" });
    expect(parseListDataRoomsQuery({ page: "-2" })).toEqual({ q: "", page: 1, sort: "name" });
    expect(dataRoomsHref(parseListDataRoomsQuery({}))).toBe("/dataroom");
    expect(dataRoomsHref(parseListDataRoomsQuery({ q: "wind farm", sort: "updated" }), { page: 2 })).toBe("/dataroom?q=wind+farm&sort=updated&page=2");
  });
});
