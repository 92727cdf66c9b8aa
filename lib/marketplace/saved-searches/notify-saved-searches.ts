import { db } from "@/lib/db/client";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { orgScope } from "../org-scope";
import { searchMarketplace } from "../search-marketplace";
import { readSavedQuery, savedSearchHref } from "./normalize-saved-query";

/**
 * unsafe: lists saved searches across tenants. Only the scheduled job calls it, to check each
 * search for new projects on behalf of its owner.
 */
export async function unsafeListNotifyingSavedSearches(): Promise<string[]> {
  const rows = await db.savedSearch.findMany({ where: { notify: true, user: { isActive: true } }, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.id);
}

const plural = (n: number) => (n === 1 ? "1 new project fits" : `${n} new projects fit`);

/**
 * Runs one saved search as its owner (their org decides "fits my mandates"), newest first, and
 * tells them of the projects first published since the last notice. The notice is keyed by the
 * newest of them and the mark moves to its publication, so a rerun tells nothing twice and a
 * project published while this runs is caught next time.
 */
export async function notifySavedSearch(savedSearchId: string): Promise<number> {
  const search = await db.savedSearch.findFirst({ where: { id: savedSearchId, notify: true, user: { isActive: true } }, include: { org: true } });
  if (!search) return 0;
  const query = { ...readSavedQuery(search.query), sort: "newest" as const, page: 1 };
  const page = await searchMarketplace(orgScope(search.org), query);
  const fresh = page.rows.filter((row) => new Date(row.publishedAt) > search.lastNotifiedAt);
  if (fresh.length === 0) return 0;
  const names = fresh.slice(0, 3).map((row) => row.name);
  const more = fresh.length > names.length ? ` and ${fresh.length - names.length} more` : "";
  await createNotifications([{ orgId: search.orgId, userId: search.userId }], {
    kind: "info",
    title: `${plural(fresh.length)} “${search.name}”`,
    message: `${names.join(", ")}${more}.`,
    link: savedSearchHref(search.query),
    sourceKey: `saved_search:${search.id}:${fresh[0].projectId}`,
  });
  const newest = new Date(Math.max(...fresh.map((row) => new Date(row.publishedAt).getTime())));
  await db.savedSearch.updateMany({ where: { id: search.id, lastNotifiedAt: { lt: newest } }, data: { lastNotifiedAt: newest } });
  return fresh.length;
}
