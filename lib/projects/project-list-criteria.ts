import type { Prisma } from "@/lib/db/generated/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { ListProjectsQuery, ProjectSortKey } from "./list-projects-query";

/**
 * The WHERE and ORDER BY of the projects list. The list page and the CSV export share them, so
 * an export holds exactly the rows, in the order, the user was looking at.
 */
export function projectListWhere(tenant: Pick<TenantContext, "org">, query: ListProjectsQuery): Prisma.ProjectWhereInput {
  const where: Prisma.ProjectWhereInput = { orgId: tenant.org.id };
  if (query.status.length > 0) where.status = { in: query.status };
  if (query.stage.length > 0) where.stage = { in: query.stage };
  if (query.type.length > 0) where.projectType = { in: query.type };
  if (query.country.length > 0) where.geographyCountry = { in: query.country };
  if (query.q) {
    // Prisma passes `contains` to ILIKE unescaped: a typed % or _ must match itself, not anything.
    const term = query.q.replace(/[\\%_]/g, "\\$&");
    where.OR = [{ name: { contains: term, mode: "insensitive" } }, { description: { contains: term, mode: "insensitive" } }];
  }
  return where;
}

const SORT_COLUMN = {
  name: "name",
  status: "status",
  stage: "stage",
  type: "projectType",
  country: "geographyCountry",
  investment: "totalInvestmentRequired",
  targetClose: "targetCloseDate",
  updated: "updatedAt",
} as const satisfies Record<ProjectSortKey, keyof Prisma.ProjectOrderByWithRelationInput>;

/** The id breaks ties, so rows never swap places between pages when sort values are equal. */
export function projectListOrderBy(query: ListProjectsQuery): Prisma.ProjectOrderByWithRelationInput[] {
  const column = SORT_COLUMN[query.sort];
  const primary: Prisma.ProjectOrderByWithRelationInput =
    column === "targetCloseDate" ? { targetCloseDate: { sort: query.dir, nulls: "last" } } : { [column]: query.dir };
  return [primary, { id: query.dir }];
}
