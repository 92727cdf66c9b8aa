import { db } from "@/lib/db/client";
import { tenantOrgIds } from "./tenant-registry";
import type { Actor } from "@/lib/auth/actor";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import type { Role } from "@/lib/auth/tenant-context";
import { createOrg, createProject, createUser } from "@/prisma/factories";
import type { OrgType } from "@/lib/db/generated/client";

export { db };

/** A fresh org with one user of the given role, as the Actor actions receive. */
export async function createTenant(options: { role?: Role; type?: OrgType } = {}): Promise<Actor> {
  const org = await createOrg(db, { type: options.type ?? "ALLY" });
  tenantOrgIds.add(org.id);
  const user = await createUser(db, { orgId: org.id, role: options.role ?? "admin" });
  return { ...toTenantContext(user, org), request: { ipAddress: "203.0.113.7", userAgent: "vitest" } };
}

export async function createTenantProject(actor: Actor, overrides: Partial<Parameters<typeof createProject>[1]> = {}) {
  return createProject(db, { orgId: actor.org.id, ...overrides });
}
