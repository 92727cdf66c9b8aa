import { z } from "zod";
import { cleanSearchText } from "@/lib/utils/free-text";
import { PROJECT_STAGES, PROJECT_STATUSES, PROJECT_TYPES } from "./project-options";
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_SORT,
  hasProjectFilters,
  type ListProjectsQuery,
  PAGE_SIZES,
  PROJECT_SORT_KEYS,
  type ProjectSortKey,
  toProjectsSearch,
} from "./projects-search";

export { DEFAULT_PAGE_SIZE, DEFAULT_SORT, hasProjectFilters, type ListProjectsQuery, PAGE_SIZES, PROJECT_SORT_KEYS, type ProjectSortKey, toProjectsSearch };

type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** `a,b` or repeated params, upper-cased and deduplicated. */
function splitValues(raw: unknown): string[] {
  const values = (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === "string");
  return [...new Set(values.flatMap((value) => value.split(",")).map((part) => part.trim().toUpperCase()))];
}

/** Values outside the allowed list are dropped, not fatal. */
function listOf<T extends string>(allowed: readonly [T, ...T[]]) {
  return z.preprocess((raw) => splitValues(raw).filter((part) => (allowed as readonly string[]).includes(part)), z.array(z.enum(allowed)));
}

const countryCodes = z.preprocess(
  (raw) =>
    splitValues(raw)
      .filter((part) => /^[A-Z]{2}$/.test(part))
      .slice(0, 50),
  z.array(z.string()),
);

function single(raw: unknown): unknown {
  return Array.isArray(raw) ? raw[0] : raw;
}

/**
 * The projects list's state as it travels in the URL. A shared or hand-edited link never fails:
 * anything out of range falls back to its default instead.
 */
export const listProjectsQuerySchema = z.object({
  q: z.preprocess((raw) => {
    const value = single(raw);
    return typeof value === "string" ? cleanSearchText(value).trim().slice(0, 200) : "";
  }, z.string()),
  status: listOf(PROJECT_STATUSES),
  stage: listOf(PROJECT_STAGES),
  type: listOf(PROJECT_TYPES),
  country: countryCodes,
  sort: z.preprocess(single, z.enum(PROJECT_SORT_KEYS).catch(DEFAULT_SORT.sort)).default(DEFAULT_SORT.sort),
  dir: z.preprocess(single, z.enum(["asc", "desc"]).catch(DEFAULT_SORT.dir)).default(DEFAULT_SORT.dir),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
  size: z
    .preprocess(
      single,
      z.coerce
        .number()
        .refine((size) => (PAGE_SIZES as readonly number[]).includes(size))
        .catch(DEFAULT_PAGE_SIZE),
    )
    .default(DEFAULT_PAGE_SIZE),
}) satisfies z.ZodType<ListProjectsQuery, unknown>;

export function parseListProjectsQuery(searchParams: SearchParamsInput = {}): ListProjectsQuery {
  const record: Record<string, string | string[]> = {};
  if (searchParams instanceof URLSearchParams) {
    for (const key of new Set(searchParams.keys())) record[key] = searchParams.getAll(key);
  } else {
    for (const [key, value] of Object.entries(searchParams)) if (value !== undefined) record[key] = value;
  }
  return listProjectsQuerySchema.parse(record);
}
