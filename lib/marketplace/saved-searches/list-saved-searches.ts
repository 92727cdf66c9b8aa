import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { savedSearchHref } from "./normalize-saved-query";

export type SavedSearchDto = { id: string; name: string; href: string; notify: boolean; createdAt: string };

export const MAX_SAVED_SEARCHES = 50;

/** The signed-in investor's own saved searches: they are personal, like a bookmark. */
export async function listSavedSearches(tenant: Pick<TenantContext, "org" | "user">): Promise<SavedSearchDto[]> {
  const rows = await db.savedSearch.findMany({
    where: { orgId: tenant.org.id, userId: tenant.user.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: MAX_SAVED_SEARCHES,
  });
  return rows.map((r) => ({ id: r.id, name: r.name, href: savedSearchHref(r.query), notify: r.notify, createdAt: r.createdAt.toISOString() }));
}

export async function getSavedSearchOrThrow(tenant: Pick<TenantContext, "org" | "user">, savedSearchId: string) {
  const row = looksLikeUuid(savedSearchId) ? await db.savedSearch.findFirst({ where: { id: savedSearchId, orgId: tenant.org.id, userId: tenant.user.id } }) : null;
  if (!row) throw notFound("Saved search");
  return row;
}
