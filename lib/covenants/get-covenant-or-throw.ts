import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Tx } from "@/lib/db/create-db-client";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/** The org's own covenant with its holding's project and portfolio; another org's id answers like a missing one. */
export async function getCovenantOrThrow(scope: Pick<TenantContext, "org">, covenantId: string, client: Tx = db) {
  const covenant = looksLikeUuid(covenantId)
    ? await client.covenant.findFirst({
        where: { id: covenantId, orgId: scope.org.id },
        include: { holding: { select: { id: true, portfolioId: true, status: true, project: { select: { id: true, name: true } } } } },
      })
    : null;
  if (!covenant) throw notFound("Covenant");
  return covenant;
}
