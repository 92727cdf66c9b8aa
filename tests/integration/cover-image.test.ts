import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { startEmbeddedS3, type EmbeddedS3 } from "@/lib/storage/embedded-s3";
import { getObjectBytes } from "@/lib/storage/objects";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.11", userAgent: "cover-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createProjectAction, updateProjectAction } = await import("@/lib/projects/actions");
const { GET } = await import("@/app/api/projects/[projectId]/cover/route");

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x24, 0, 0, 0]), Buffer.from("WEBPVP8 "), Buffer.alloc(24)]);
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

const image = (bytes: Buffer, type = "image/png") => new Blob([new Uint8Array(bytes)], { type });

const newProject = {
  name: "Lodwar Solar Mini-grid",
  description: "A 2 MW solar mini-grid with battery storage serving Lodwar town and its water pumps.",
  projectType: "SOLAR" as const,
  stage: "DEVELOPMENT" as const,
  geographyCountry: "KE",
  geographyRegion: "Turkana County",
  totalInvestmentRequired: "4200000",
  currency: "USD",
};

const fetchCover = (projectId: string) => GET(new Request(`http://localhost/api/projects/${projectId}/cover`), { params: Promise.resolve({ projectId }) });

describe("project cover images", () => {
  let s3: EmbeddedS3;
  beforeAll(async () => {
    s3 = await startEmbeddedS3({ directory: mkdtempSync(path.join(tmpdir(), "scr-covers-")) });
    Object.assign(process.env, s3.env);
  });
  afterAll(async () => s3.stop());
  beforeEach(() => {
    signedIn = null;
  });

  it("stores an upload checked by content under the org's prefix and serves it only to that org", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const created = await createProjectAction({ ...newProject, coverImage: image(PNG) });
    expect(created.validationErrors).toBeUndefined();
    const project = await db.project.findUniqueOrThrow({ where: { id: created.data!.id } });
    expect(project.coverImageUrl).toMatch(new RegExp(`^orgs/${signedIn.org.id}/project-covers/[0-9a-f-]{36}\\.png$`));
    expect(Buffer.from(await getObjectBytes(project.coverImageUrl!)).equals(PNG)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: project.id, action: "project.created" } });
    expect((audit.changes as { after: { coverImageKey: string } }).after.coverImageKey).toBe(project.coverImageUrl);

    const response = await fetchCover(project.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("private, max-age=86400");
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);

    signedIn = await createTenant({ role: "admin" });
    const foreign = await fetchCover(project.id);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ error: { code: "NOT_FOUND", message: "Project not found." } });
    signedIn = null;
    expect((await fetchCover(project.id)).status).toBe(401);
  });

  it("refuses a file that is not a PNG, JPEG or WebP whatever its name and declared type, and writes nothing", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const fake = await createProjectAction({ ...newProject, coverImage: image(PDF, "image/png") });
    expect(fake.validationErrors?.fieldErrors).toEqual({ coverImage: ["The cover must be a PNG, JPEG or WebP image: that file is PDF."] });
    const text = await createProjectAction({ ...newProject, coverImage: image(Buffer.from("just some text, not pixels"), "image/jpeg") });
    expect(text.validationErrors?.fieldErrors).toEqual({ coverImage: ["The cover must be a PNG, JPEG or WebP image: that file is not an image."] });
    expect(await db.project.count({ where: { orgId: signedIn.org.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: signedIn.org.id } })).toBe(0);
  });

  it("refuses an image over 5 MB with a field error", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const huge = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const result = await createProjectAction({ ...newProject, coverImage: image(huge) });
    expect(result.validationErrors?.fieldErrors).toEqual({ coverImage: ["The cover image is larger than 5 MB: choose a smaller image."] });
    expect(await db.project.count({ where: { orgId: signedIn.org.id } })).toBe(0);
  });

  it("replacing the cover deletes the old object; removing it clears the column; both are audited", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const created = await createProjectAction({ ...newProject, coverImage: image(PNG) });
    const first = await db.project.findUniqueOrThrow({ where: { id: created.data!.id } });
    const edit = (project: typeof first) => ({
      ...newProject,
      projectId: project.id,
      slug: project.slug,
      expectedUpdatedAt: project.updatedAt.toISOString(),
    });

    expect((await updateProjectAction({ ...edit(first), coverImage: image(WEBP, "image/webp") })).serverError).toBeUndefined();
    const second = await db.project.findUniqueOrThrow({ where: { id: first.id } });
    expect(second.coverImageUrl).toMatch(/\.webp$/);
    await expect(getObjectBytes(first.coverImageUrl!)).rejects.toThrow();
    expect((await fetchCover(first.id)).headers.get("content-type")).toBe("image/webp");

    expect((await updateProjectAction({ ...edit(second), removeCover: true })).serverError).toBeUndefined();
    const third = await db.project.findUniqueOrThrow({ where: { id: first.id } });
    expect(third.coverImageUrl).toBeNull();
    await expect(getObjectBytes(second.coverImageUrl!)).rejects.toThrow();
    expect((await fetchCover(first.id)).status).toBe(404);

    const updates = await db.auditLog.findMany({ where: { entityId: first.id, action: "project.updated" }, orderBy: { timestamp: "asc" } });
    expect(updates.map((a) => a.changes)).toEqual([
      { before: { coverImageKey: first.coverImageUrl }, after: { coverImageKey: second.coverImageUrl } },
      { before: { coverImageKey: second.coverImageUrl }, after: { coverImageKey: null } },
    ]);
  });

  it("another org cannot replace the cover of a project it does not own: NOT_FOUND, nothing stored", async () => {
    const owner = await createTenant();
    const project = await createTenantProject(owner);
    signedIn = await createTenant({ role: "admin" });
    const result = await updateProjectAction({
      ...newProject,
      projectId: project.id,
      slug: project.slug,
      expectedUpdatedAt: project.updatedAt.toISOString(),
      coverImage: image(PNG),
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).coverImageUrl).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: project.id } })).toBe(0);
  });
});
