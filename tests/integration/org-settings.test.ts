import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { startEmbeddedS3, type EmbeddedS3 } from "@/lib/storage/embedded-s3";
import { getObjectBytes } from "@/lib/storage/objects";
import { createUser } from "@/prisma/factories";
import { createTenant, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

/** The real action clients and route handler, with the session replaced (see project-actions.test.ts). */
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.21", userAgent: "settings-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { removeOrgLogoAction, updateOrgSettingsAction, uploadOrgLogoAction } = await import("@/lib/org-settings/actions");
const { GET: getLogo } = await import("@/app/api/org/logo/route");

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x1a, 0, 0, 0]), Buffer.from("WEBPVP8 "), Buffer.alloc(18)]);
const file = (bytes: Buffer, name: string, type = "image/png") => new File([new Uint8Array(bytes)], name, { type });

const orgRow = (orgId: string) => db.organization.findUniqueOrThrow({ where: { id: orgId } });
const auditRows = (orgId: string) => db.auditLog.findMany({ where: { orgId }, orderBy: { timestamp: "asc" } });
const branding = async (orgId: string) => ((await orgRow(orgId)).settings as { branding: Record<string, string> }).branding;

let s3: EmbeddedS3;
beforeAll(async () => {
  s3 = await startEmbeddedS3({ directory: mkdtempSync(path.join(tmpdir(), "scr-s3-settings-")) });
  Object.assign(process.env, s3.env);
});
afterAll(async () => s3.stop());
beforeEach(() => {
  signedIn = null;
});

describe("updateOrgSettingsAction", () => {
  it("saves the name and colours, merges them into settings.branding and keeps every other key", async () => {
    signedIn = await createTenant({ role: "admin" });
    await db.organization.update({
      where: { id: signedIn.org.id },
      data: { settings: { branding: { primaryColor: "#0f766e", logoKey: "kept" }, notifications: { digest: "weekly" } } },
    });
    const result = await updateOrgSettingsAction({ name: "  Sunbird Energy  ", primaryColor: "#1E40AF", accentColor: "#f59e0b" });
    expect(result.data).toEqual({ saved: true });

    const org = await orgRow(signedIn.org.id);
    expect(org.name).toBe("Sunbird Energy");
    expect(org.settings).toEqual({
      branding: { primaryColor: "#1e40af", accentColor: "#f59e0b", logoKey: "kept" },
      notifications: { digest: "weekly" },
    });
    const [audit] = await auditRows(signedIn.org.id);
    expect(audit).toMatchObject({
      action: "organization.updated",
      entityType: "Organization",
      entityId: signedIn.org.id,
      userId: signedIn.user.id,
      ipAddress: "198.51.100.21",
      changes: {
        before: { name: signedIn.org.name, primaryColor: "#0f766e", accentColor: "#2a8f78" },
        after: { name: "Sunbird Energy", primaryColor: "#1e40af", accentColor: "#f59e0b" },
      },
    });
  });

  it("records only the fields that changed, and nothing when nothing did", async () => {
    signedIn = await createTenant({ role: "admin" });
    const name = signedIn.org.name;
    await updateOrgSettingsAction({ name, primaryColor: "#0f766e", accentColor: "#2a8f78" });
    expect(await auditRows(signedIn.org.id)).toHaveLength(0);
    await updateOrgSettingsAction({ name, primaryColor: "#0f766e", accentColor: "#123456" });
    expect((await auditRows(signedIn.org.id)).map((row) => row.changes)).toEqual([{ before: { accentColor: "#2a8f78" }, after: { accentColor: "#123456" } }]);
  });

  it("returns field errors for bad colours and an empty name, and changes nothing", async () => {
    signedIn = await createTenant({ role: "admin" });
    const before = await orgRow(signedIn.org.id);
    const result = await updateOrgSettingsAction({ name: " ", primaryColor: "teal", accentColor: "#12345g" });
    expect(result.validationErrors?.fieldErrors).toMatchObject({
      name: [expect.stringMatching(/name/)],
      primaryColor: [expect.stringMatching(/hex colour/)],
      accentColor: [expect.stringMatching(/hex colour/)],
    });
    expect(await orgRow(signedIn.org.id)).toEqual(before);
  });

  it("refuses a manager, and only ever changes the signed-in admin's own org", async () => {
    const victim = await createTenant({ role: "admin" });
    const manager = await createUser(db, { orgId: victim.org.id, role: "manager" });
    signedIn = { ...victim, user: { ...victim.user, id: manager.id }, role: "manager" };
    const input = { name: "Hijacked", primaryColor: "#000000", accentColor: "#000000" };
    expect((await updateOrgSettingsAction(input)).serverError).toMatchObject({ code: "FORBIDDEN" });

    signedIn = await createTenant({ role: "admin" });
    await updateOrgSettingsAction({ ...input, orgId: victim.org.id } as typeof input);
    expect((await orgRow(victim.org.id)).name).toBe(victim.org.name);
    expect((await orgRow(signedIn.org.id)).name).toBe("Hijacked");
    expect(await auditRows(victim.org.id)).toHaveLength(0);
  });
});

describe("the org logo", () => {
  it("stores a PNG checked by content, serves it to the org only, and replaces and removes it", async () => {
    const admin = await createTenant({ role: "admin" });
    signedIn = admin;
    const result = await uploadOrgLogoAction({ logo: file(PNG, "logo.png") });
    expect(result.data?.logoUrl).toMatch(/^\/api\/org\/logo\?v=[0-9a-f]{8}$/);
    const org = await orgRow(admin.org.id);
    expect(org.logoUrl).toBe(result.data?.logoUrl);
    const first = await branding(admin.org.id);
    expect(first).toMatchObject({ logoKey: expect.stringMatching(new RegExp(`^orgs/${admin.org.id}/branding/.+\\.png$`)), logoContentType: "image/png" });
    expect(Buffer.from(await getObjectBytes(first.logoKey)).equals(PNG)).toBe(true);

    const response = await getLogo();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);

    // Another org's user asks the same URL: they get their own org's (missing) logo, never this one.
    signedIn = await createTenant({ role: "viewer" });
    expect((await getLogo()).status).toBe(404);
    signedIn = null;
    expect((await getLogo()).status).toBe(401);

    signedIn = admin;
    await uploadOrgLogoAction({ logo: file(WEBP, "logo.webp", "image/webp") });
    const second = await branding(admin.org.id);
    expect(second.logoContentType).toBe("image/webp");
    await expect(getObjectBytes(first.logoKey)).rejects.toThrow();

    expect((await removeOrgLogoAction()).data).toEqual({ removed: true });
    expect((await orgRow(admin.org.id)).logoUrl).toBeNull();
    expect(await branding(admin.org.id)).toEqual({ primaryColor: "#0f766e" });
    await expect(getObjectBytes(second.logoKey)).rejects.toThrow();
    expect((await getLogo()).status).toBe(404);

    const rows = await auditRows(admin.org.id);
    expect(rows.map((row) => row.action)).toEqual(["organization.updated", "organization.updated", "organization.updated"]);
    expect(rows[0].changes).toEqual({ before: { logoUrl: null }, after: { logoUrl: result.data?.logoUrl } });
    expect(rows[2].changes).toMatchObject({ after: { logoUrl: null } });
  });

  it.each([
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "logo.svg", /not an image/],
    ["a PDF named .png", Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), "logo.png", /that file is PDF/],
    ["a GIF", Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64"), "logo.gif", /that file is GIF/],
  ])("refuses %s with a field error and stores nothing", async (_label, bytes, name, message) => {
    signedIn = await createTenant({ role: "admin" });
    const result = await uploadOrgLogoAction({ logo: file(bytes, name) });
    expect(result.validationErrors?.fieldErrors?.logo?.[0]).toMatch(/Upload a PNG, JPEG or WebP image/);
    expect(result.validationErrors?.fieldErrors?.logo?.[0]).toMatch(message);
    expect((await orgRow(signedIn.org.id)).logoUrl).toBeNull();
    expect(await auditRows(signedIn.org.id)).toHaveLength(0);
  });

  it("refuses a file over 2 MB", async () => {
    signedIn = await createTenant({ role: "admin" });
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    const result = await uploadOrgLogoAction({ logo: file(big, "huge.png") });
    expect(result.validationErrors?.fieldErrors?.logo?.[0]).toMatch(/2 MB or smaller/);
    expect((await orgRow(signedIn.org.id)).logoUrl).toBeNull();
  });

  it("refuses a manager", async () => {
    const admin = await createTenant({ role: "admin" });
    const manager = await createUser(db, { orgId: admin.org.id, role: "manager" });
    signedIn = { ...admin, user: { ...admin.user, id: manager.id }, role: "manager" };
    expect((await uploadOrgLogoAction({ logo: file(PNG, "logo.png") })).serverError).toMatchObject({ code: "FORBIDDEN" });
    expect((await removeOrgLogoAction()).serverError).toMatchObject({ code: "FORBIDDEN" });
    expect((await orgRow(admin.org.id)).logoUrl).toBeNull();
  });
});
