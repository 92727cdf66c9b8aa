import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { toProjectDto } from "./to-project-dto";

export async function listProjects(tenant: Pick<TenantContext, "org">, options: { page?: number; pageSize?: number } = {}) {
  const pageSize = Math.min(Math.max(options.pageSize ?? 25, 1), 100);
  const page = Math.max(options.page ?? 1, 1);
  const where = { orgId: tenant.org.id };
  const [rows, total] = await Promise.all([
    db.project.findMany({ where, orderBy: { updatedAt: "desc" }, skip: (page - 1) * pageSize, take: pageSize }),
    db.project.count({ where }),
  ]);
  return { rows: rows.map(toProjectDto), total, page, pageSize };
}
