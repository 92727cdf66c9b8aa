import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { toMemberDto, type MemberDto } from "./to-member-dto";

export const MEMBERS_PAGE_SIZE = 50;

export type MembersPage = { rows: MemberDto[]; active: number; inactive: number; page: number; pageCount: number };

/**
 * A page of the org's members: active first, then by role (admins on top; the enum is declared
 * viewer to admin), then by name, sorted in the database. Deactivated accounts stay forever, so
 * the list is paged rather than growing with every departure. A page past the end is the last.
 */
export async function listMembers(tenant: Pick<TenantContext, "org">, { page = 1 }: { page?: number } = {}): Promise<MembersPage> {
  const where = { orgId: tenant.org.id };
  const counts = await db.user.groupBy({ by: ["isActive"], where, _count: { _all: true } });
  const active = counts.find((row) => row.isActive)?._count._all ?? 0;
  const inactive = counts.find((row) => !row.isActive)?._count._all ?? 0;
  const pageCount = Math.max(1, Math.ceil((active + inactive) / MEMBERS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const users = await db.user.findMany({
    where,
    orderBy: [{ isActive: "desc" }, { role: "desc" }, { fullName: "asc" }, { id: "asc" }],
    skip: (current - 1) * MEMBERS_PAGE_SIZE,
    take: MEMBERS_PAGE_SIZE,
  });
  return { rows: users.map(toMemberDto), active, inactive, page: current, pageCount };
}
