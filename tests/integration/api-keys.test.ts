import { describe, expect, it } from "vitest";
import { hashApiKey } from "@/lib/api-keys/api-key-secret";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { touchApiKey } from "@/lib/api-keys/touch-api-key";
import { describeAuditEntry } from "@/lib/audit/describe-audit-entry";
import { sentenceText } from "@/lib/audit/sentence-parts";
import type { JsonObject } from "@/lib/audit/types";
import type { Actor } from "@/lib/auth/actor";
import { createTenant, db } from "../support/test-db";

const newKey = (actor: Actor, fields: Record<string, unknown> = {}) =>
  createApiKey(actor, createApiKeySchema.parse({ name: "ERP sync", scopes: ["projects:read"], ...fields }));
const bearer = (key: string | null, scheme = "Bearer") =>
  new Request("http://localhost/api/v1/projects", { headers: key === null ? {} : { authorization: `${scheme} ${key}`, "user-agent": "erp-sync/1.0" } });
const refusal = (key: string | null, scheme?: string) =>
  authenticateApiKey(bearer(key, scheme)).then(
    () => "accepted",
    (error: { code?: string; status?: number }) => `${error.code} ${error.status}`,
  );

describe("API keys", () => {
  it("stores the hash and the prefix, never the key, and shows the key once", async () => {
    const admin = await createTenant({ role: "admin" });
    const { key, apiKey } = await newKey(admin, { scopes: ["projects:read", "documents:read"], rateLimitPerMinute: "60", expiresOn: "2099-01-31" });
    expect(key).toMatch(/^scr_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(row).toMatchObject({
      orgId: admin.org.id,
      createdBy: admin.user.id,
      keyHash: hashApiKey(key),
      keyPrefix: key.slice(0, 8),
      rateLimitOverride: 60,
      isActive: true,
    });
    expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.scopes).toEqual(["projects:read", "documents:read"]);
    expect(row.expiresAt?.toISOString()).toBe("2099-01-31T00:00:00.000Z");
    expect(JSON.stringify(row)).not.toContain(key);
    expect(JSON.stringify(await listApiKeys(admin))).not.toContain(key);
    expect((await listApiKeys(admin)).map((k) => [k.name, k.prefix, k.status])).toEqual([["ERP sync", key.slice(0, 8), "active"]]);
  });

  it("refuses bad input by field: no scope, an unknown scope, a past expiry, a limit out of range", () => {
    const fields = (input: Record<string, unknown>) =>
      Object.keys(createApiKeySchema.safeParse({ name: "k", scopes: ["projects:read"], ...input }).error?.flatten().fieldErrors ?? {});
    expect(fields({ scopes: [] })).toEqual(["scopes"]);
    expect(fields({ scopes: ["admin:all"] })).toEqual(["scopes"]);
    expect(fields({ name: " " })).toEqual(["name"]);
    expect(fields({ expiresOn: "2020-01-01" })).toEqual(["expiresOn"]);
    expect(fields({ rateLimitPerMinute: "0" })).toEqual(["rateLimitPerMinute"]);
    expect(fields({ rateLimitPerMinute: "10001" })).toEqual(["rateLimitPerMinute"]);
    expect(fields({ expiresOn: "", rateLimitPerMinute: "" })).toEqual([]);
  });

  it("authenticates a key as its org's API-key principal, with its scopes", async () => {
    const admin = await createTenant();
    const { key, apiKey } = await newKey(admin, { scopes: ["projects:read", "qa:read"] });
    const { actor, org, rateLimitOverride } = await authenticateApiKey(bearer(key));
    expect(actor).toMatchObject({ kind: "api-key", org: { id: admin.org.id }, user: null, apiKeyId: apiKey.id, scopes: ["projects:read", "qa:read"] });
    expect(actor.request.userAgent).toBe("erp-sync/1.0");
    expect(org.id).toBe(admin.org.id);
    expect(rateLimitOverride).toBeNull();
    expect(await refusal(key, "bearer")).toBe("accepted");
  });

  it("refuses with 401 a missing, malformed, unknown, revoked or expired key, and a key of a suspended or cancelled org", async () => {
    const admin = await createTenant();
    const { key, apiKey } = await newKey(admin);
    expect(await refusal(null)).toBe("UNAUTHENTICATED 401");
    expect(await refusal(key, "Basic")).toBe("UNAUTHENTICATED 401");
    expect(await refusal("scr_short")).toBe("UNAUTHENTICATED 401");
    expect(await refusal(`${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`)).toBe("UNAUTHENTICATED 401");

    await db.organization.update({ where: { id: admin.org.id }, data: { subscriptionStatus: "suspended" } });
    expect(await refusal(key)).toBe("UNAUTHENTICATED 401");
    await db.organization.update({ where: { id: admin.org.id }, data: { subscriptionStatus: "cancelled" } });
    expect(await refusal(key)).toBe("UNAUTHENTICATED 401");
    // A past-due org keeps reading, as in the app.
    await db.organization.update({ where: { id: admin.org.id }, data: { subscriptionStatus: "past_due" } });
    expect(await refusal(key)).toBe("accepted");

    await db.apiKey.update({ where: { id: apiKey.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(authenticateApiKey(bearer(key))).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringContaining("expired") });
    await db.apiKey.update({ where: { id: apiKey.id }, data: { expiresAt: null } });
    await revokeApiKey(admin, { apiKeyId: apiKey.id });
    await expect(authenticateApiKey(bearer(key))).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: "This API key has been revoked." });
  });

  it("revokes only the org's own keys: another org's key id is a 404 and stays active", async () => {
    const owner = await createTenant();
    const other = await createTenant();
    const { apiKey } = await newKey(owner);
    await expect(revokeApiKey(other, { apiKeyId: apiKey.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeApiKey(other, { apiKeyId: "not-a-uuid" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).isActive).toBe(true);
    expect(await db.auditLog.count({ where: { orgId: other.org.id, action: "api_key.revoked" } })).toBe(0);
  });

  it("writes last_used_at at most once a minute per key", async () => {
    const admin = await createTenant();
    const { key, apiKey } = await newKey(admin);
    const lastUsed = async () => (await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await authenticateApiKey(bearer(key));
    const first = await lastUsed();
    expect(first).not.toBeNull();
    for (let i = 0; i < 5; i += 1) await authenticateApiKey(bearer(key));
    expect(await lastUsed()).toEqual(first);

    // Past this process's minute, the UPDATE's own condition still refuses a write within the database's minute.
    expect(await touchApiKey(apiKey.id, Date.now() + 61_000)).toBe(false);
    expect(await lastUsed()).toEqual(first);
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await db.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: twoMinutesAgo } });
    expect(await touchApiKey(apiKey.id, Date.now() + 122_000)).toBe(true);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime());
  });

  it("audits creation and revocation, readable in the log, with no secret in the entry", async () => {
    const admin = await createTenant();
    const { key, apiKey } = await newKey(admin, { scopes: ["projects:read", "qa:read"], expiresOn: "2099-01-31" });
    await revokeApiKey(admin, { apiKeyId: apiKey.id });
    await revokeApiKey(admin, { apiKeyId: apiKey.id });
    const rows = await db.auditLog.findMany({ where: { orgId: admin.org.id, entityType: "ApiKey" }, orderBy: { action: "asc" } });
    expect(rows.map((row) => [row.action, row.entityId, row.userId])).toEqual([
      ["api_key.created", apiKey.id, admin.user.id],
      ["api_key.revoked", apiKey.id, admin.user.id],
    ]);
    expect(JSON.stringify(rows)).not.toContain(key.slice(8));
    const read = (row: (typeof rows)[number]) => {
      const changes = row.changes as { before?: JsonObject; after?: JsonObject };
      const facts = {
        action: row.action,
        entityType: row.entityType,
        actor: "Ada",
        entity: null,
        before: changes.before ?? null,
        after: changes.after ?? null,
        ref: () => null,
      };
      return sentenceText(describeAuditEntry(facts));
    };
    expect(read(rows[0]!)).toBe(`Ada created API key “ERP sync” (${key.slice(0, 8)}…) with projects:read and qa:read, valid until 31 Jan 2099`);
    expect(read(rows[1]!)).toBe(`Ada revoked API key “ERP sync” (${key.slice(0, 8)}…)`);
  });
});
