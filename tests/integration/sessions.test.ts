import { describe, expect, it } from "vitest";
import { readLocalSession, signLocalSession } from "@/lib/auth/local-session";
import { selectSessionTenant } from "@/lib/auth/select-tenant";
import { signInLocalUser } from "@/lib/auth/sessions/sign-in-local-user";
import { signOutLocalUser } from "@/lib/auth/sessions/sign-out-local-user";
import { changeMemberRole } from "@/lib/team/change-member-role";
import { setMemberActive } from "@/lib/team/set-member-active";
import { createUser } from "@/prisma/factories";
import { createTenant, db } from "../support/test-db";

const request = { ipAddress: "198.51.100.23", userAgent: "session-test" };

async function liveness(token: string) {
  const session = await readLocalSession(token);
  if (!session) throw new Error("the token should verify");
  return session.sessionId !== null && (await selectSessionTenant(session.userId, session.sessionId)) !== null;
}

describe("revocable local sessions", () => {
  it("a signed-out cookie stops working at once, though its signature still verifies; sign-in and sign-out are audited", async () => {
    const admin = await createTenant({ role: "admin" });
    const token = await signInLocalUser(admin.user.id, request);
    expect(await liveness(token)).toBe(true);
    await signOutLocalUser(token, request);
    expect(await readLocalSession(token)).not.toBeNull();
    expect(await liveness(token)).toBe(false);
    const actions = await db.auditLog.findMany({ where: { userId: admin.user.id, action: { startsWith: "user.signed" } }, orderBy: { timestamp: "asc" } });
    expect(actions.map((row) => [row.action, row.ipAddress])).toEqual([
      ["user.signed_in", request.ipAddress],
      ["user.signed_out", request.ipAddress],
    ]);
  });

  it("a role change and a deactivation end the member's sessions; the admin's own stays live", async () => {
    const admin = await createTenant({ role: "admin" });
    const member = await createUser(db, { orgId: admin.org.id, role: "analyst" });
    const adminToken = await signInLocalUser(admin.user.id, request);
    const first = await signInLocalUser(member.id, request);
    await changeMemberRole(admin, { userId: member.id, role: "viewer" });
    expect(await liveness(first)).toBe(false);

    const second = await signInLocalUser(member.id, request);
    expect(await liveness(second)).toBe(true);
    await setMemberActive(admin, { userId: member.id, isActive: false });
    expect(await liveness(second)).toBe(false);
    expect(await liveness(adminToken)).toBe(true);
  });

  it("refuses a token that names no session (signed before sessions were recorded, or forged with the key)", async () => {
    const admin = await createTenant({ role: "admin" });
    expect(await liveness(await signLocalSession(admin.user.id))).toBe(false);
  });

  it("refuses sign-in to a deactivated account", async () => {
    const admin = await createTenant({ role: "admin" });
    const member = await createUser(db, { orgId: admin.org.id, role: "analyst" });
    await db.user.update({ where: { id: member.id }, data: { isActive: false } });
    await expect(signInLocalUser(member.id, request)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("the plan's seats", () => {
  it("refuse a new or reactivated member once every seat is taken by an active one, naming the plan", async () => {
    const { addLocalMember } = await import("@/lib/team/add-local-member");
    const admin = await createTenant({ role: "admin" });
    await db.organization.update({ where: { id: admin.org.id }, data: { subscriptionTier: "foundation" } });
    for (let i = 0; i < 3; i += 1) await createUser(db, { orgId: admin.org.id, role: "analyst" });
    const fifth = await addLocalMember(admin, { email: `fifth-${Date.now()}@seats.example`, fullName: "Fifth Seat", role: "viewer" });
    await expect(addLocalMember(admin, { email: `sixth-${Date.now()}@seats.example`, fullName: "Sixth Seat", role: "viewer" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/All 5 seats of the Foundation plan are taken/),
    });
    await setMemberActive(admin, { userId: fifth.id, isActive: false });
    const sixth = await addLocalMember(admin, { email: `sixth-${Date.now()}@seats.example`, fullName: "Sixth Seat", role: "viewer" });
    expect(sixth.isActive).toBe(true);
    await expect(setMemberActive(admin, { userId: fifth.id, isActive: true })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
