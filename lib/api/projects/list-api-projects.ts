import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { type ProjectDto, toProjectDto } from "@/lib/projects/to-project-dto";
import { afterCursor, decodeCursor, encodeCursor } from "../keyset-cursor";
import type { ListApiProjectsQuery } from "./schemas";

/**
 * One page of the key's org's projects, newest first, by keyset: a page reads `limit` rows from
 * where the last one ended, however deep the client pages, and rows added meanwhile never shift it.
 */
export async function listApiProjects(actor: Pick<ApiKeyActor, "org">, query: ListApiProjectsQuery): Promise<{ data: ProjectDto[]; nextCursor: string | null }> {
  const where: Prisma.ProjectWhereInput = { orgId: actor.org.id, status: query.status, stage: query.stage, projectType: query.projectType };
  // Prisma passes `contains` to ILIKE unescaped: a % or _ in q must match itself.
  if (query.q) where.name = { contains: query.q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" };
  const rows = await db.project.findMany({
    where: query.cursor ? { AND: [where, afterCursor(decodeCursor(query.cursor))] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { data: page.map(toProjectDto), nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}
