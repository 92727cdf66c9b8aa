import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { assertSameOrigin } from "@/lib/auth/assert-same-origin";
import { pdfWithPages } from "../support/dataroom-fixtures";
import { uploadRequest, useTestStorage } from "../support/dataroom-routes";
import { useTestSession } from "../support/mock-session";
import { createTenant, createTenantProject, db } from "../support/test-db";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);

const { PUT, POST } = await import("@/app/api/dataroom/upload/route");

useTestStorage();

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

/** The browser's upload, with the headers a page of `origin` would send along with the session cookie. */
async function uploadFrom(headers: Record<string, string>, method: "PUT" | "POST" = "PUT") {
  const actor = await createTenant({ role: "analyst" });
  const project = await createTenantProject(actor);
  signedIn = actor;
  const base = uploadRequest({ fileName: `plan-${method}.pdf`, projectId: project.id }, new Uint8Array(await pdfWithPages(["Grid connection plan"])));
  const request = new Request(base, { method, headers: { ...Object.fromEntries(base.headers), ...headers }, duplex: "half" } as RequestInit);
  const response = await (method === "PUT" ? PUT : POST)(request);
  const documents = await db.document.count({ where: { orgId: actor.org.id } });
  return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string } }, documents };
}

describe("the upload route refuses requests from other origins", { timeout: 60_000 }, () => {
  it.each([
    ["another site", "https://evil.example"],
    ["a sibling subdomain (same site, other origin)", "http://files.localhost"],
    ["another port of this host", "http://localhost:8080"],
    ["an opaque origin", "null"],
  ])("refuses a forged Origin from %s with 403 and stores nothing", async (_, origin) => {
    for (const method of ["PUT", "POST"] as const) {
      const { status, body, documents } = await uploadFrom({ origin, cookie: "scr_session=stolen-by-riding-along" }, method);
      expect(status).toBe(403);
      expect(body.error).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/did not come from this app/) });
      expect(documents).toBe(0);
    }
  });

  it("refuses a cookie-carrying request with no Origin", async () => {
    const { status, documents } = await uploadFrom({ cookie: "scr_session=x" });
    expect(status).toBe(403);
    expect(documents).toBe(0);
  });

  it("does not take a client's X-Forwarded-Host as this app's host unless a trusted proxy is configured", async () => {
    const forged = { origin: "https://evil.example", "x-forwarded-host": "evil.example", cookie: "scr_session=x" };
    expect((await uploadFrom(forged)).status).toBe(403);
    process.env.TRUSTED_PROXIES = "10.0.0.0/8";
    const behindProxy = await uploadFrom({ origin: "https://app.example", "x-forwarded-host": "app.example", cookie: "scr_session=x" });
    expect(behindProxy.status).toBe(201);
  });

  it("accepts the app's own pages (Origin equal to the host)", async () => {
    const { status, documents } = await uploadFrom({ origin: "http://localhost", cookie: "scr_session=x" });
    expect(status).toBe(201);
    expect(documents).toBe(1);
  });
});

describe("assertSameOrigin", () => {
  const request = (method: string, headers: Record<string, string>) => new Request("http://app.example/api/x", { method, headers });

  it("leaves safe methods alone and checks every unsafe one", () => {
    expect(() => assertSameOrigin(request("GET", { origin: "https://evil.example" }))).not.toThrow();
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(() => assertSameOrigin(request(method, { origin: "https://evil.example" }))).toThrow(/did not come from this app/);
      expect(() => assertSameOrigin(request(method, { origin: "https://app.example" }))).not.toThrow();
    }
  });

  it("compares with the Host header and with APP_URL", () => {
    expect(() => assertSameOrigin(request("POST", { host: "app.example:3000", origin: "http://app.example:3000" }))).not.toThrow();
    expect(() => assertSameOrigin(request("POST", { host: "app.example:3000", origin: "http://app.example" }))).toThrow();
    const env = { NODE_ENV: "test", APP_URL: "https://scr.example" } as NodeJS.ProcessEnv;
    expect(() => assertSameOrigin(request("POST", { host: "internal:3000", origin: "https://scr.example" }), env)).not.toThrow();
  });

  it("lets a request with neither Origin nor cookies through: no session can ride on it", () => {
    expect(() => assertSameOrigin(request("POST", {}))).not.toThrow();
  });
});
