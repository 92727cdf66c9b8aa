import { beforeEach, describe, expect, it, vi } from "vitest";
import { createOrg, createUser } from "@/prisma/factories";
import { db } from "../support/test-db";

// The action's redirect is what the browser follows after signing in: record it instead of throwing Next's signal.
const redirected: string[] = [];
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    redirected.push(to);
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  },
}));
// Each case signs in from its own address, so the per-address sign-in limit never decides the outcome.
let address = 0;
vi.mock("next/headers", () => ({
  cookies: async () => ({ set: () => {}, delete: () => {} }),
  headers: async () => new Headers({ "x-forwarded-for": `203.0.113.${++address % 250}`, "user-agent": "sign-in-test" }),
}));

const { signInLocalAction } = await import("@/lib/auth/local-sign-in-actions");

describe("signInLocalAction's next", () => {
  let userId: string;
  beforeEach(async () => {
    redirected.length = 0;
    const org = await createOrg(db, { type: "ALLY" });
    userId = (await createUser(db, { orgId: org.id, role: "analyst" })).id;
  });

  it.each(["/%09/evil.example", "/\t/evil.example", "//evil.example", "/\\evil.example", "/%2F%2Fevil.example", "https://evil.example", "javascript:alert(1)"])(
    "sends a hostile next (%j) to the dashboard instead",
    async (next) => {
      await signInLocalAction({ userId, next }).catch(() => {});
      expect(redirected).toEqual(["/dashboard"]);
    },
  );

  it("follows a same-site next, query and fragment included", async () => {
    await signInLocalAction({ userId, next: "/projects?x=1#y" }).catch(() => {});
    expect(redirected).toEqual(["/projects?x=1#y"]);
  });
});
