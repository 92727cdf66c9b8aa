import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { visibleDocumentsWhere } from "@/lib/dataroom/access-rules";
import { getDocumentOrThrow } from "@/lib/dataroom/get-document-or-throw";
import { latestVersionOf, listDocumentVersions } from "@/lib/dataroom/list-document-versions";
import { toDocumentDto, type DocumentDto } from "@/lib/dataroom/to-document-dto";
import type { Document } from "@/lib/db/generated/client";
import { createDocument } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

/**
 * The walk this replaced, kept here as the oracle: forward a row at a time to the newest live
 * version the role may see, then back through parent_version_id a row at a time.
 */
async function walkVersionsRowByRow(actor: Actor, documentId: string): Promise<DocumentDto[]> {
  let current = await getDocumentOrThrow(actor, documentId);
  for (;;) {
    const newer = await db.document.findFirst({ where: { parentVersionId: current.id, ...visibleDocumentsWhere(actor) }, orderBy: { version: "desc" } });
    if (!newer) break;
    current = newer;
  }
  const versions: DocumentDto[] = [];
  for (let id: string | null = current.id; id; ) {
    const row: (Document & { uploader: { fullName: string } }) | null = await db.document.findFirst({
      where: { id, orgId: actor.org.id },
      include: { uploader: { select: { fullName: true } } },
    });
    if (!row) break;
    if (!row.isDeleted) versions.push(toDocumentDto(row));
    id = row.parentVersionId;
  }
  return versions;
}

async function chainOf(actor: Actor, projectId: string, length: number) {
  const ids: string[] = [];
  for (let version = 1; version <= length; version += 1) {
    const row = await createDocument(db, {
      orgId: actor.org.id,
      projectId,
      uploadedBy: actor.user.id,
      name: "Energy yield.pdf",
      version,
      parentVersionId: ids.at(-1),
    });
    ids.push(row.id);
  }
  return ids;
}

/** Statements sent to PostgreSQL while `work` runs (Prisma's pg adapter goes through pg.Client#query). */
async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await work();
    return { result, queries: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("version history", () => {
  it("lists 60 versions newest first, exactly as the row-by-row walk did, with a constant number of queries", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await createTenantProject(actor);
    const ids = await chainOf(actor, project.id, 60);
    // A deleted version behind the one asked for is skipped in the list but still links the chain.
    await db.document.update({ where: { id: ids[29]! }, data: { isDeleted: true } });

    const expected = await walkVersionsRowByRow(actor, ids[40]!);
    expect(expected).toHaveLength(59);

    const { result, queries } = await countQueries(() => listDocumentVersions(actor, ids[40]!));
    expect(result).toEqual(expected);
    expect(result.map((v) => v.version)).toEqual([...Array.from({ length: 60 }, (_, i) => 60 - i)].filter((v) => v !== 30));
    // The visibility check, the family, its rows and their uploaders: four, however long the chain.
    expect(queries).toBeLessThanOrEqual(4);

    const short = await chainOf(actor, project.id, 3);
    const { queries: forThree } = await countQueries(() => listDocumentVersions(actor, short[0]!));
    expect(queries).toBe(forThree);
  });

  it("finds the newest version the role may see from any version, and keeps chains and orgs apart", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await createTenantProject(actor);
    const ids = await chainOf(actor, project.id, 5);
    const other = await chainOf(actor, project.id, 2);
    expect((await latestVersionOf(actor, ids[0]!)).id).toBe(ids[4]);
    expect((await latestVersionOf(actor, ids[4]!)).id).toBe(ids[4]);
    expect((await listDocumentVersions(actor, other[1]!)).map((v) => v.id)).toEqual([other[1], other[0]]);

    // A newest version above the analyst's clearance is not followed, as before.
    await db.document.update({ where: { id: ids[4]! }, data: { classification: "TOP_SECRET" } });
    expect((await latestVersionOf(actor, ids[0]!)).id).toBe(ids[3]);
    expect(await listDocumentVersions(actor, ids[0]!)).toEqual(await walkVersionsRowByRow(actor, ids[0]!));

    const stranger = await createTenant({ role: "admin" });
    await expect(listDocumentVersions(stranger, ids[0]!)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
