import { exportSPKI, generateKeyPair, SignJWT } from "jose";
import { NextRequest, type NextFetchEvent } from "next/server";
import { Webhook } from "svix";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgIdForClerkOrg } from "@/lib/auth/clerk/clerk-ids";
import { handleClerkWebhook } from "@/lib/auth/clerk/handle-clerk-webhook";
import { uniqueSuffix } from "@/prisma/factories";
import { db } from "../support/test-db";

/**
 * Clerk mode, offline: session tokens minted with a test RS256 key pair and verified by the real
 * clerkMiddleware through `jwtKey`, with no network call.
 */
const FRONTEND_API = "clerk.scr-test.example";
const saved = { ...process.env };
let privateKey: CryptoKey;

async function sessionToken(overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    sid: "sess_test",
    azp: "http://localhost:3000",
    v: 2,
    o: { id: "org_test", rol: "admin", slg: "test" },
    sub: "user_test",
    iss: `https://${FRONTEND_API}`,
    iat: now - 5,
    nbf: now - 5,
    exp: now + 60,
    ...overrides,
  })
    .setProtectedHeader({ alg: "RS256", kid: "ins_test" })
    .sign(privateKey);
}

async function callProxy(path: string, token?: string) {
  const { default: proxy } = await import("@/proxy");
  const iat = Math.floor(Date.now() / 1000) - 10;
  const cookie = token ? `__session=${token}; __client_uat=${iat}` : "";
  const request = new NextRequest(`http://localhost:3000${path}`, { headers: { cookie, host: "localhost:3000" } });
  return proxy(request, { waitUntil: () => {} } as unknown as NextFetchEvent);
}

describe("Clerk mode through the real clerkMiddleware", () => {
  beforeAll(async () => {
    const pair = await generateKeyPair("RS256", { extractable: true });
    privateKey = pair.privateKey;
    Object.assign(process.env, {
      CLERK_SECRET_KEY: "sk_test_offline_not_used_for_network",
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: `pk_live_${Buffer.from(`${FRONTEND_API}$`).toString("base64")}`,
      CLERK_JWT_KEY: await exportSPKI(pair.publicKey),
      CLERK_AUTHORIZED_PARTIES: "http://localhost:3000",
    });
  });
  afterAll(() => {
    process.env = saved;
  });

  it("lets a valid session token through", async () => {
    const response = await callProxy("/dashboard", await sessionToken());
    expect(response?.status ?? 200).toBe(200);
    expect(response?.headers.get("location")).toBeNull();
    const api = await callProxy("/api/projects", await sessionToken());
    expect(api?.status ?? 200).not.toBe(401);
  });

  it("answers a bad token with 401 on the API and a redirect to sign-in on pages", async () => {
    const forged = `${(await sessionToken()).slice(0, -4)}AAAA`;
    const api = await callProxy("/api/projects", forged);
    expect(api?.status).toBe(401);
    const page = await callProxy("/projects", forged);
    expect(page?.status).toBe(307);
    expect(page?.headers.get("location")).toContain("/sign-in");
  });

  it("rejects an expired token and a token for another authorised party", async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    expect((await callProxy("/api/x", await sessionToken({ exp: past, iat: past - 60, nbf: past - 60 })))?.status).toBe(401);
    expect((await callProxy("/api/x", await sessionToken({ azp: "https://evil.example" })))?.status).toBe(401);
  });

  it("verifies a session straight from the request for routes outside the proxy (streamed uploads)", async () => {
    const { tenantFromClerkRequest } = await import("@/lib/auth/clerk/tenant-from-clerk-session");
    const clerkUserId = `user_${uniqueSuffix()}`;
    const clerkOrgId = `org_${uniqueSuffix()}`;
    const token = await sessionToken({
      sub: clerkUserId,
      o: { id: clerkOrgId, rol: "analyst", slg: "uploaders" },
      email: `${clerkUserId}@uploaders.example`,
      name: "Una Loader",
      org_name: "Uploaders Ltd",
    });
    const request = (bearer: string) => new Request("http://localhost:3000/api/dataroom/upload", { method: "PUT", headers: { authorization: `Bearer ${bearer}` } });
    const tenant = await tenantFromClerkRequest(request(token));
    expect(tenant).toMatchObject({ role: "analyst", org: { id: orgIdForClerkOrg(clerkOrgId), name: "Uploaders Ltd", type: "ALLY" }, user: { fullName: "Una Loader" } });
    expect(await tenantFromClerkRequest(request(`${token.slice(0, -4)}AAAA`))).toBeNull();
  });

  it("leaves public paths alone", async () => {
    const response = await callProxy("/api/health");
    expect(response?.headers.get("location")).toBeNull();
  });
});

describe("Clerk webhooks", () => {
  const secret = `whsec_${Buffer.from("scr-webhook-test-secret-0123456789").toString("base64")}`;

  function signed(payload: object) {
    const body = JSON.stringify(payload);
    const id = `msg_${uniqueSuffix()}`;
    const timestamp = new Date();
    const signature = new Webhook(secret).sign(id, timestamp, body);
    const headers = new Headers({ "svix-id": id, "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)), "svix-signature": signature });
    return { body, headers };
  }

  it("creates the org and the member from organizationMembership.created, with the mapped role", async () => {
    const clerkOrgId = `org_${uniqueSuffix()}`;
    const clerkUserId = `user_${uniqueSuffix()}`;
    const { body, headers } = signed({
      type: "organizationMembership.created",
      data: {
        role: "org:manager",
        organization: { id: clerkOrgId, name: "Sunrise Investors", slug: "sunrise", public_metadata: { org_type: "INVESTOR" } },
        public_user_data: { user_id: clerkUserId, identifier: `${clerkUserId}@sunrise.example`, first_name: "Ada", last_name: "Obi" },
      },
    });
    await handleClerkWebhook(body, headers, secret);
    const org = await db.organization.findUniqueOrThrow({ where: { id: orgIdForClerkOrg(clerkOrgId) } });
    expect(org).toMatchObject({ name: "Sunrise Investors", type: "INVESTOR" });
    const user = await db.user.findUniqueOrThrow({ where: { externalAuthId: clerkUserId } });
    expect(user).toMatchObject({ orgId: org.id, role: "manager", fullName: "Ada Obi", isActive: true });
    const actions = (await db.auditLog.findMany({ where: { orgId: org.id }, orderBy: { timestamp: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["organization.created", "user.created"]);
  });

  it("deactivates a member removed from the Clerk organisation, audited", async () => {
    const clerkOrgId = `org_${uniqueSuffix()}`;
    const clerkUserId = `user_${uniqueSuffix()}`;
    const membership = {
      role: "org:member",
      organization: { id: clerkOrgId, name: "Leaving Co" },
      public_user_data: { user_id: clerkUserId, identifier: `${clerkUserId}@leaving.example` },
    };
    const created = signed({ type: "organizationMembership.created", data: membership });
    await handleClerkWebhook(created.body, created.headers, secret);
    const deleted = signed({ type: "organizationMembership.deleted", data: membership });
    await handleClerkWebhook(deleted.body, deleted.headers, secret);
    const user = await db.user.findUniqueOrThrow({ where: { externalAuthId: clerkUserId } });
    expect(user).toMatchObject({ role: "viewer", isActive: false });
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "user.deactivated" } })).toBe(1);
  });

  it("refuses a bad signature and changes nothing", async () => {
    const clerkOrgId = `org_${uniqueSuffix()}`;
    const { body, headers } = signed({ type: "organization.created", data: { id: clerkOrgId, name: "Forged" } });
    await expect(handleClerkWebhook(body.replace("Forged", "Forged!"), headers, secret)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.organization.findUnique({ where: { id: orgIdForClerkOrg(clerkOrgId) } })).toBeNull();
  });
});
