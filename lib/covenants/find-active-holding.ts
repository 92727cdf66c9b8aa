import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";

/** The org's active holding of a project (its oldest, if held in several portfolios), or null: where a covenant on that project would go. */
export async function findActiveHolding(scope: Pick<TenantContext, "org">, projectId: string): Promise<{ id: string; portfolioId: string } | null> {
  return db.portfolioHolding.findFirst({
    where: { orgId: scope.org.id, projectId, status: "ACTIVE" },
    orderBy: { createdAt: "asc" },
    select: { id: true, portfolioId: true },
  });
}
