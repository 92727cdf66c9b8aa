import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/tenant-context";
import { createUser } from "@/prisma/factories";
import { createTenant, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

/** The real action clients, with the session replaced (see project-actions.test.ts). */
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.9", userAgent: "team-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addLocalMemberAction, changeMemberRoleAction, setMemberActiveAction } = await import("@/lib/team/actions");
const { changeMemberRole } = await import("@/lib/team/change-member-role");
const { setMemberActive } = await import("@/lib/team/set-member-active");
const { listMembers, MEMBERS_PAGE_SIZE } = await import("@/lib/team/list-members");
const { loadTenantContext } = await import("@/lib/auth/load-tenant-context");
const { signInLocalAction } = await import("@/lib/auth/local-sign-in-actions");

/** Another member of the actor's org, and that member as an Actor of their own. */
async function addMember(of: Actor, role: Role, fullName?: string) {
  const user = await createUser(db, { orgId: of.org.id, role, fullName });
  const actor: Actor = {
    ...of,
    user: { id: user.id, email: user.email, fullName: user.fullName, avatarUrl: null },
    role: user.role,
  };
  return { user, actor };
}

const auditRows = (orgId: string) => db.auditLog.findMany({ where: { orgId }, orderBy: { timestamp: "asc" } });
const roleOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).role;
const isActive = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).isActive;

beforeEach(() => {
  signedIn = null;
});

describe("listMembers", () => {
  it("lists the org's own members, active first, admins on top, without auth ids", async () => {
    const admin = await createTenant({ role: "admin" });
    const { user: analyst } = await addMember(admin, "analyst", "Bea Analyst");
    const { user: gone } = await addMember(admin, "manager", "Abe Former");
    await db.user.update({ where: { id: gone.id }, data: { isActive: false } });
    const other = await createTenant();

    const { rows: members, active, inactive } = await listMembers(admin);
    expect(members.map((m) => m.id)).toEqual([admin.user.id, analyst.id, gone.id]);
    expect([active, inactive]).toEqual([2, 1]);
    expect(members[2]).toMatchObject({ isActive: false, role: "manager", lastLoginAt: null });
    expect(members.some((m) => m.id === other.user.id)).toBe(false);
    expect(Object.keys(members[0])).not.toContain("externalAuthId");
  });

  it("pages the members in the database: 50 a page, deactivated last, a page past the end is the last", async () => {
    const admin = await createTenant({ role: "admin" });
    await db.user.createMany({
      data: Array.from({ length: 52 }, (_, i) => ({
        orgId: admin.org.id,
        email: `member${i}.${admin.org.id}@example.com`,
        externalAuthId: `local_member${i}_${admin.org.id}`,
        fullName: `Member ${String(i).padStart(2, "0")}`,
        role: "viewer" as const,
        isActive: i !== 0,
      })),
    });
    const first = await listMembers(admin);
    expect(first).toMatchObject({ active: 52, inactive: 1, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(MEMBERS_PAGE_SIZE);
    expect(first.rows.slice(0, 2).map((m) => m.fullName)).toEqual([admin.user.fullName, "Member 01"]);
    const last = await listMembers(admin, { page: 9 });
    expect(last.page).toBe(2);
    expect(last.rows.map((m) => [m.fullName, m.isActive])).toEqual([
      ["Member 50", true],
      ["Member 51", true],
      ["Member 00", false],
    ]);
  });
});

describe("changeMemberRoleAction", () => {
  it("lets an admin change a member's role and records user.role_changed", async () => {
    signedIn = await createTenant({ role: "admin" });
    const { user } = await addMember(signedIn, "analyst");
    const result = await changeMemberRoleAction({ userId: user.id, role: "manager" });
    expect(result.data).toEqual({ id: user.id, role: "manager" });
    expect(await roleOf(user.id)).toBe("manager");
    const [audit] = await auditRows(signedIn.org.id);
    expect(audit).toMatchObject({
      action: "user.role_changed",
      entityType: "User",
      entityId: user.id,
      userId: signedIn.user.id,
      ipAddress: "198.51.100.9",
      userAgent: "team-test",
      changes: { before: { role: "analyst" }, after: { role: "manager" } },
    });
  });

  it("refuses managers and below: the server checks whatever the UI shows", async () => {
    const admin = await createTenant({ role: "admin" });
    const { user } = await addMember(admin, "viewer");
    for (const role of ["manager", "analyst", "viewer"] as const) {
      signedIn = (await addMember(admin, role)).actor;
      expect((await changeMemberRoleAction({ userId: user.id, role: "admin" })).serverError).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await roleOf(user.id)).toBe("viewer");
    expect(await auditRows(admin.org.id)).toHaveLength(0);
  });

  it("answers another org's member with NOT_FOUND and changes nothing", async () => {
    const victim = await createTenant({ role: "admin" });
    const { user } = await addMember(victim, "viewer");
    signedIn = await createTenant({ role: "admin" });
    for (const userId of [user.id, victim.user.id]) {
      expect((await changeMemberRoleAction({ userId, role: "admin" })).serverError).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await roleOf(user.id)).toBe("viewer");
    expect(await roleOf(victim.user.id)).toBe("admin");
    expect(await auditRows(victim.org.id)).toHaveLength(0);
    expect(await auditRows(signedIn.org.id)).toHaveLength(0);
  });

  it("does not let admins change their own role", async () => {
    signedIn = await createTenant({ role: "admin" });
    await addMember(signedIn, "admin");
    const result = await changeMemberRoleAction({ userId: signedIn.user.id, role: "viewer" });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/your own role/) });
    expect(await roleOf(signedIn.user.id)).toBe("admin");
  });

  it("validates the input", async () => {
    signedIn = await createTenant({ role: "admin" });
    const result = await changeMemberRoleAction({ userId: "not-a-uuid", role: "owner" as Role });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["role", "userId"]);
  });

  it("writes nothing for a role that is already the member's", async () => {
    signedIn = await createTenant({ role: "admin" });
    const { user } = await addMember(signedIn, "analyst");
    expect((await changeMemberRoleAction({ userId: user.id, role: "analyst" })).data).toEqual({ id: user.id, role: "analyst" });
    expect(await auditRows(signedIn.org.id)).toHaveLength(0);
  });
});

describe("the org always keeps an active admin", () => {
  it("refuses to demote the last active admin, even for an admin acting on a stale session", async () => {
    const first = await createTenant({ role: "admin" });
    const { user: second } = await addMember(first, "admin");
    // The first admin was just demoted by someone else; their request still carries "admin".
    await db.user.update({ where: { id: first.user.id }, data: { role: "analyst" } });
    await expect(changeMemberRole(first, { userId: second.id, role: "manager" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/must keep at least one active admin/),
    });
    await expect(setMemberActive(first, { userId: second.id, isActive: false })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.user.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ role: "admin", isActive: true });
    expect(await auditRows(first.org.id)).toHaveLength(0);
  });

  it("when two admins demote each other at the same moment, exactly one succeeds", async () => {
    const first = await createTenant({ role: "admin" });
    const { user: secondUser, actor: second } = await addMember(first, "admin");
    const outcomes = await Promise.allSettled([
      changeMemberRole(first, { userId: secondUser.id, role: "viewer" }),
      changeMemberRole(second, { userId: first.user.id, role: "viewer" }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.user.count({ where: { orgId: first.org.id, role: "admin", isActive: true } })).toBe(1);
    expect(await auditRows(first.org.id)).toHaveLength(1);
  });

  it("allows demoting one admin while another stays", async () => {
    const first = await createTenant({ role: "admin" });
    const { user: second } = await addMember(first, "admin");
    await changeMemberRole(first, { userId: second.id, role: "manager" });
    expect(await roleOf(second.id)).toBe("manager");
  });
});

describe("setMemberActiveAction", () => {
  it("deactivates a member, who can then no longer sign in, and reactivates them", async () => {
    signedIn = await createTenant({ role: "admin" });
    const { user } = await addMember(signedIn, "analyst");
    expect(await loadTenantContext(user.id)).not.toBeNull();

    expect((await setMemberActiveAction({ userId: user.id, isActive: false })).data).toEqual({ id: user.id, isActive: false });
    expect(await isActive(user.id)).toBe(false);
    expect(await loadTenantContext(user.id)).toBeNull();
    expect((await signInLocalAction({ userId: user.id })).serverError).toMatchObject({ code: "UNAUTHENTICATED" });

    expect((await setMemberActiveAction({ userId: user.id, isActive: true })).data).toEqual({ id: user.id, isActive: true });
    expect(await loadTenantContext(user.id)).toMatchObject({ user: { id: user.id }, role: "analyst" });

    const rows = await auditRows(signedIn.org.id);
    expect(rows.map((r) => [r.action, r.entityId, r.userId])).toEqual([
      ["user.deactivated", user.id, signedIn.user.id],
      ["user.reactivated", user.id, signedIn.user.id],
    ]);
    expect(rows[0].changes).toEqual({ before: { isActive: true }, after: { isActive: false } });
  });

  it("does not let admins deactivate themselves", async () => {
    signedIn = await createTenant({ role: "admin" });
    await addMember(signedIn, "admin");
    const result = await setMemberActiveAction({ userId: signedIn.user.id, isActive: false });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/deactivate yourself/) });
    expect(await isActive(signedIn.user.id)).toBe(true);
  });

  it("answers another org's member with NOT_FOUND and changes nothing", async () => {
    const victim = await createTenant({ role: "admin" });
    const { user } = await addMember(victim, "analyst");
    signedIn = await createTenant({ role: "admin" });
    expect((await setMemberActiveAction({ userId: user.id, isActive: false })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await isActive(user.id)).toBe(true);
    expect(await auditRows(victim.org.id)).toHaveLength(0);
  });

  it("refuses a manager", async () => {
    const admin = await createTenant({ role: "admin" });
    const { user } = await addMember(admin, "viewer");
    signedIn = (await addMember(admin, "manager")).actor;
    expect((await setMemberActiveAction({ userId: user.id, isActive: false })).serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await isActive(user.id)).toBe(true);
  });
});

describe("addLocalMemberAction", () => {
  it("adds a local user to the admin's org (never another's) and records user.created", async () => {
    const victim = await createTenant();
    signedIn = await createTenant({ role: "admin" });
    const email = `New.Person.${Date.now()}@Example.COM`;
    const input = { fullName: " Grace Wanjiru ", email, role: "analyst" as const, orgId: victim.org.id };
    const result = await addLocalMemberAction(input as Omit<typeof input, "orgId">);
    expect(result.data?.id).toBeDefined();

    const user = await db.user.findUniqueOrThrow({ where: { id: result.data!.id } });
    expect(user).toMatchObject({
      orgId: signedIn.org.id,
      fullName: "Grace Wanjiru",
      email: email.toLowerCase(),
      role: "analyst",
      isActive: true,
      externalAuthId: `local|${email.toLowerCase()}`,
    });
    expect(await db.user.count({ where: { orgId: victim.org.id } })).toBe(1);
    const [audit] = await auditRows(signedIn.org.id);
    expect(audit).toMatchObject({
      action: "user.created",
      entityId: user.id,
      userId: signedIn.user.id,
      changes: { after: { name: "Grace Wanjiru", email: email.toLowerCase(), role: "analyst", isActive: true } },
    });
  });

  it("explains an email already used anywhere on the platform next to the field, and writes nothing", async () => {
    const elsewhere = await createTenant();
    signedIn = await createTenant({ role: "admin" });
    const result = await addLocalMemberAction({ fullName: "Copy Cat", email: elsewhere.user.email.toUpperCase(), role: "viewer" });
    expect(result.validationErrors?.fieldErrors?.email?.[0]).toMatch(/already has an account/);
    expect(await db.user.count({ where: { orgId: signedIn.org.id } })).toBe(1);
    expect(await auditRows(signedIn.org.id)).toHaveLength(0);
  });

  it("returns field errors for bad input", async () => {
    signedIn = await createTenant({ role: "admin" });
    const result = await addLocalMemberAction({ fullName: "A", email: "not-an-email", role: "owner" as Role });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["email", "fullName", "role"]);
  });

  it("refuses a manager", async () => {
    const admin = await createTenant({ role: "admin" });
    signedIn = (await addMember(admin, "manager")).actor;
    const result = await addLocalMemberAction({ fullName: "Someone New", email: `x-${Date.now()}@example.com`, role: "viewer" });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count({ where: { orgId: admin.org.id } })).toBe(2);
  });
});

describe("in Clerk mode, membership belongs to Clerk", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    Object.assign(process.env, { AUTH_MODE: "clerk", CLERK_SECRET_KEY: "sk_test_x", NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_test_x" });
  });
  afterEach(() => {
    for (const key of ["AUTH_MODE", "CLERK_SECRET_KEY", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it("refuses adding, role changes and deactivation with a message that says where to do it", async () => {
    signedIn = await createTenant({ role: "admin" });
    const { user } = await addMember(signedIn, "analyst");
    const results = [
      await addLocalMemberAction({ fullName: "Clerk Person", email: `clerk-${Date.now()}@example.com`, role: "viewer" }),
      await changeMemberRoleAction({ userId: user.id, role: "manager" }),
      await setMemberActiveAction({ userId: user.id, isActive: false }),
    ];
    for (const result of results) {
      expect(result.serverError).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/managed in Clerk/) });
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "analyst", isActive: true });
    expect(await db.user.count({ where: { orgId: signedIn.org.id } })).toBe(2);
  });
});
