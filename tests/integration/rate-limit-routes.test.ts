import { randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createOrg } from "@/prisma/factories/create-org";
import type { Actor } from "@/lib/auth/actor";
import { TIERS } from "@/lib/access/tiers";
import { db } from "@/lib/db/client";
import { bucketWindow } from "@/lib/rate-limit/buckets";
import { createTenant } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

/**
 * The app's own limiter (PostgreSQL here; Redis when REDIS_URL is set) behind the real entry points.
 * Each test comes from its own client address (the request-meta mock) and its own tenant, so it
 * counts alone, whatever other test files do at the same time.
 */
const client = vi.hoisted(() => ({ ip: "" }));
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
vi.mock("@/lib/auth/request-meta", async (original) => ({
  ...(await original<object>()),
  requestMetaFrom: () => ({ ipAddress: client.ip, userAgent: "vitest-rate-limit" }),
  getRequestMeta: async () => ({ ipAddress: client.ip, userAgent: "vitest-rate-limit" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let signedIn: Actor | null = null;
useTestSession(() => signedIn);

const { GET: exportProjects } = await import("@/app/api/projects/export/route");
const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { GET: exportProjectAccessLog } = await import("@/app/api/dataroom/projects/[projectId]/access-log/route");
const { GET: downloadShared } = await import("@/app/api/dataroom/shared/[token]/download/route");
const { default: SharedDocumentPage } = await import("@/app/shared/[token]/page");
const { signInLocalAction } = await import("@/lib/auth/local-sign-in-actions");
const { consumeRateLimit } = await import("@/lib/rate-limit/consume-rate-limit");
const { assertWithinRateLimit } = await import("@/lib/rate-limit/assert-within-rate-limit");

const uniqueIp = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;

beforeEach(() => {
  signedIn = null;
  client.ip = uniqueIp();
});

function expectRateLimitHeaders(response: Response, limit: number) {
  expect(response.headers.get("RateLimit-Limit")).toBe(String(limit));
  expect(response.headers.get("RateLimit-Remaining")).toBe("0");
  const retryAfter = Number(response.headers.get("Retry-After"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(response.headers.get("RateLimit-Reset")).toBe(String(retryAfter));
}

describe("route handlers over the limit", () => {
  it("the project export answers 429 with Retry-After and RateLimit-* headers and a readable message", async () => {
    signedIn = await createTenant({ role: "viewer" });
    // The person's limit is the tighter one for a professional org (the factories' plan).
    const { points } = bucketWindow("export", "user", "professional")!;
    expect(bucketWindow("export", "org", "professional")!.points).toBeGreaterThan(points);
    for (let i = 1; i <= points; i += 1) {
      const response = await exportProjects(new Request("http://localhost/api/projects/export"));
      expect(response.status).toBe(200);
      expect(response.headers.get("RateLimit-Limit")).toBe(String(points));
      expect(response.headers.get("RateLimit-Remaining")).toBe(String(points - i));
      expect(Number(response.headers.get("RateLimit-Reset"))).toBeGreaterThan(0);
    }
    const refused = await exportProjects(new Request("http://localhost/api/projects/export"));
    expect(refused.status).toBe(429);
    expectRateLimitHeaders(refused, points);
    const body = await refused.json();
    expect(body.error.code).toBe("RATE_LIMITED");
    expect(body.error.message).toMatch(new RegExp(`^You have reached your limit of ${points} exports a minute\\. Try again in \\d+ seconds?\\.$`));
  });

  it("the data room upload answers 429 before reading the file once the person's uploads are spent", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const { points } = bucketWindow("upload", "user", "professional")!;
    for (let i = 0; i < points; i += 1) await consumeRateLimit("upload", { userId: signedIn.user.id });
    const body = new ReadableStream<Uint8Array>({
      pull: () => {
        throw new Error("the body must not be read once the upload is refused");
      },
    });
    const response = await upload(
      new Request(`http://localhost/api/dataroom/upload?fileName=report.pdf&projectId=${randomUUID()}`, {
        method: "PUT",
        body,
        headers: { origin: "http://localhost", "content-length": "1024" },
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(429);
    expectRateLimitHeaders(response, points);
    expect((await response.json()).error).toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^You have reached your limit of \d+ uploads a minute\./),
    });
  });

  it("the data room access-log CSV is an export too: refused with 429 once the person's exports are spent", async () => {
    signedIn = await createTenant({ role: "manager" });
    const { points } = bucketWindow("export", "user", "professional")!;
    for (let i = 0; i < points; i += 1) await consumeRateLimit("export", { userId: signedIn.user.id });
    const response = await exportProjectAccessLog(new Request(`http://localhost/api/dataroom/projects/${randomUUID()}/access-log`), {
      params: Promise.resolve({ projectId: randomUUID() }),
    });
    expect(response.status).toBe(429);
    expectRateLimitHeaders(response, points);
  });

  it("share-link downloads are counted per address, unknown tokens included: JSON for scripts, a readable page for browsers", async () => {
    const { points } = bucketWindow("share-download", "ip", "foundation")!;
    const request = (accept: string) => new Request("http://localhost/api/dataroom/shared/not-a-token/download", { headers: { accept } });
    const params = { params: Promise.resolve({ token: "not-a-token" }) };
    for (let i = 0; i < points; i += 1) expect((await downloadShared(request("*/*"), params)).status).toBe(404);

    const refused = await downloadShared(request("*/*"), params);
    expect(refused.status).toBe(429);
    expectRateLimitHeaders(refused, points);
    expect((await refused.json()).error.message).toMatch(/^Too many shared-file downloads from your network/);

    const page = await downloadShared(request("text/html,*/*;q=0.8"), params);
    expect(page.status).toBe(429);
    expectRateLimitHeaders(page, points);
    const html = await page.text();
    expect(html).toContain("<h1>Too many downloads</h1>");
    expect(html).toMatch(/Too many shared-file downloads from your network \(the limit is \d+ shared-file downloads a minute\)\. Try again in \d+ seconds?\./);

    // Another address is not affected.
    client.ip = uniqueIp();
    expect((await downloadShared(request("*/*"), params)).status).toBe(404);
  });
});

describe("pages and actions over the limit", () => {
  it("the share-link page shows the refusal instead of the document once an address has opened too many links", async () => {
    const { points } = bucketWindow("share-open", "ip", "foundation")!;
    const open = () => SharedDocumentPage({ params: Promise.resolve({ token: "not-a-token" }) });
    for (let i = 0; i < points; i += 1) await expect(open()).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    const html = renderToStaticMarkup(await open());
    expect(html).toContain("Please wait a moment");
    expect(html).toMatch(/Too many shared-link opens from your network \(the limit is \d+ shared-link opens a minute\)\. Try again in \d+ seconds?\./);
  });

  it("local sign-in refuses an address after too many attempts, with a message the picker shows", async () => {
    const { points } = bucketWindow("sign-in", "ip", "foundation")!;
    for (let i = 0; i < points; i += 1) {
      expect((await signInLocalAction({ userId: randomUUID() })).serverError).toMatchObject({ code: "UNAUTHENTICATED" });
    }
    const refused = await signInLocalAction({ userId: randomUUID() });
    expect(refused.serverError).toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^Too many sign-in attempts from your network \(the limit is \d+ sign-in attempts a minute\)\. Try again in \d+ seconds?\.$/),
    });
  });
});

describe("assertWithinRateLimit (for actions that declare a bucket)", () => {
  it("reads the org's plan from its row when the actor does not carry it, so a change of plan applies on the next request", async () => {
    const org = await createOrg(db, { subscriptionTier: "foundation" });
    const allowance = TIERS.foundation.aiRequestsPerMinute;
    const actorOf = () => ({ org: { id: org.id }, user: { id: randomUUID() } });
    for (let i = 0; i < allowance; i += 1) await assertWithinRateLimit(actorOf(), "ai");
    await expect(assertWithinRateLimit(actorOf(), "ai")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining(`the Foundation plan's limit of ${allowance} AI runs a minute`),
    });

    await db.organization.update({ where: { id: org.id }, data: { subscriptionTier: "professional" } });
    await expect(assertWithinRateLimit(actorOf(), "ai")).resolves.toMatchObject({ limit: expect.any(Number) });
    // A tier passed in is used as given (the session's, when it carries one).
    await expect(assertWithinRateLimit({ ...actorOf(), org: { id: org.id, tier: "foundation" } }, "ai")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
