import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { pastTargetClose } from "./past-target-close";
import { type ListProjectsQuery, hasProjectFilters, listProjectsQuerySchema } from "./list-projects-query";
import { projectListOrderBy, projectListWhere } from "./project-list-criteria";

/** Only what the table shows: descriptions can be 20,000 characters and are not listed. */
const LIST_COLUMNS = {
  id: true,
  name: true,
  projectType: true,
  status: true,
  stage: true,
  geographyCountry: true,
  geographyRegion: true,
  capacityMw: true,
  totalInvestmentRequired: true,
  currency: true,
  targetCloseDate: true,
  isPublished: true,
  updatedAt: true,
} satisfies Prisma.ProjectSelect;

function toProjectListRow(project: Prisma.ProjectGetPayload<{ select: typeof LIST_COLUMNS }>) {
  return {
    id: project.id,
    name: project.name,
    projectType: project.projectType,
    status: project.status,
    stage: project.stage,
    geographyCountry: project.geographyCountry,
    geographyRegion: project.geographyRegion,
    capacityMw: project.capacityMw?.toFixed(4) ?? null,
    totalInvestmentRequired: project.totalInvestmentRequired.toFixed(4),
    currency: project.currency,
    targetCloseDate: project.targetCloseDate?.toISOString().slice(0, 10) ?? null,
    pastTargetClose: pastTargetClose({ targetCloseDate: project.targetCloseDate?.toISOString() ?? null, status: project.status, stage: project.stage }) !== null,
    isPublished: project.isPublished,
    updatedAt: project.updatedAt.toISOString(),
  };
}
export type ProjectListRow = ReturnType<typeof toProjectListRow>;

/**
 * One page of the org's projects, filtered and sorted in the database. A page past the end (a
 * stale link after the filters changed) is answered with the last page.
 */
export async function listProjects(tenant: Pick<TenantContext, "org">, input: Partial<ListProjectsQuery> = {}) {
  const query = listProjectsQuerySchema.parse(input);
  const where = projectListWhere(tenant, query);
  const findPage = (page: number) =>
    db.project.findMany({ where, select: LIST_COLUMNS, orderBy: projectListOrderBy(query), skip: (page - 1) * query.size, take: query.size });

  let page = query.page;
  let [rows, total] = await Promise.all([findPage(page), db.project.count({ where })]);
  const pageCount = Math.max(1, Math.ceil(total / query.size));
  if (rows.length === 0 && page > pageCount) {
    page = pageCount;
    rows = await findPage(page);
  }
  // Tells "no projects yet" from "nothing matches these filters"; only asked when nothing matched.
  const orgHasProjects = total > 0 || (hasProjectFilters(query) && (await db.project.count({ where: { orgId: tenant.org.id }, take: 1 })) > 0);
  return { rows: rows.map(toProjectListRow), total, page, pageSize: query.size, pageCount, orgHasProjects, query: { ...query, page } };
}
export type ProjectListPage = Awaited<ReturnType<typeof listProjects>>;
