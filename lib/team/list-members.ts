import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { ROLE_RANK } from "@/lib/auth/permissions";
import { toMemberDto, type MemberDto } from "./to-member-dto";

/** The org's members: active first, then by role (admins on top), then by name. */
export async function listMembers(tenant: Pick<TenantContext, "org">): Promise<MemberDto[]> {
  const users = await db.user.findMany({ where: { orgId: tenant.org.id }, orderBy: { fullName: "asc" } });
  return users.map(toMemberDto).sort((a, b) => Number(b.isActive) - Number(a.isActive) || ROLE_RANK[b.role] - ROLE_RANK[a.role]);
}
