import { z } from "zod";
import { cleanSearchText } from "@/lib/utils/free-text";

export const DATA_ROOM_PAGE_SIZE = 24;
export const DATA_ROOM_SORTS = ["name", "updated"] as const;
export type DataRoomSort = (typeof DATA_ROOM_SORTS)[number];

const single = (raw: unknown) => (Array.isArray(raw) ? raw[0] : raw);

/**
 * The data-room index's state as it travels in the URL (`?q=&sort=&page=`). A shared or
 * hand-edited link never fails: anything out of range falls back to its default.
 */
export const listDataRoomsQuerySchema = z.object({
  q: z.preprocess((raw) => {
    const value = single(raw);
    return typeof value === "string" ? cleanSearchText(value).trim().slice(0, 200) : "";
  }, z.string()),
  sort: z.preprocess(single, z.enum(DATA_ROOM_SORTS).catch("name")).default("name"),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});
export type ListDataRoomsQuery = z.infer<typeof listDataRoomsQuerySchema>;

export function parseListDataRoomsQuery(searchParams: Record<string, string | string[] | undefined> = {}): ListDataRoomsQuery {
  return listDataRoomsQuerySchema.parse(searchParams);
}

/** The index's URL for a query: defaults are left out, so the plain index stays `/dataroom`. */
export function dataRoomsHref(query: ListDataRoomsQuery, patch: Partial<ListDataRoomsQuery> = {}): string {
  const next = { ...query, ...patch };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/dataroom?${search}` : "/dataroom";
}
