import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { CSV_BOM, type CsvValue, toCsvRow } from "@/lib/utils/csv";
import type { ListProjectsQuery } from "./list-projects-query";
import { projectListOrderBy, projectListWhere } from "./project-list-criteria";

const BATCH_SIZE = 500;

const EXPORT_COLUMNS = {
  id: true,
  name: true,
  slug: true,
  status: true,
  stage: true,
  projectType: true,
  geographyCountry: true,
  geographyRegion: true,
  capacityMw: true,
  totalInvestmentRequired: true,
  currency: true,
  targetCloseDate: true,
  isPublished: true,
  publishedAt: true,
  updatedAt: true,
  description: true,
} satisfies Prisma.ProjectSelect;

type ExportedProject = Prisma.ProjectGetPayload<{ select: typeof EXPORT_COLUMNS }>;

const HEADER = [
  "ID",
  "Name",
  "Slug",
  "Status",
  "Stage",
  "Technology",
  "Country",
  "Region",
  "Capacity (MW)",
  "Investment sought",
  "Currency",
  "Target close",
  "Published",
  "Published at",
  "Updated at",
  "Description",
];

function toCells(project: ExportedProject): CsvValue[] {
  return [
    project.id,
    project.name,
    project.slug,
    project.status,
    project.stage,
    project.projectType,
    project.geographyCountry,
    project.geographyRegion,
    project.capacityMw?.toFixed(4),
    project.totalInvestmentRequired.toFixed(4),
    project.currency,
    project.targetCloseDate?.toISOString().slice(0, 10),
    project.isPublished ? "yes" : "no",
    project.publishedAt?.toISOString(),
    project.updatedAt.toISOString(),
    project.description,
  ];
}

/**
 * Every project of the org that matches the list's filters (all pages), as CSV in the list's
 * order. Rows are read and sent in batches, so memory stays flat however many projects there are.
 * The first batch is read before the stream is returned: a failing query is still an error
 * response, not a truncated file.
 */
export async function exportProjectsCsv(tenant: Pick<TenantContext, "org">, query: ListProjectsQuery): Promise<ReadableStream<Uint8Array>> {
  const where = projectListWhere(tenant, query);
  const orderBy = projectListOrderBy(query);
  const readBatch = (offset: number) => db.project.findMany({ where, orderBy, select: EXPORT_COLUMNS, skip: offset, take: BATCH_SIZE });
  const encoder = new TextEncoder();

  let batch = await readBatch(0);
  let offset = batch.length;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(CSV_BOM + toCsvRow(HEADER)));
      }
      if (batch.length > 0) controller.enqueue(encoder.encode(batch.map((project) => toCsvRow(toCells(project))).join("")));
      if (batch.length < BATCH_SIZE) return controller.close();
      batch = await readBatch(offset);
      offset += batch.length;
    },
  });
}
