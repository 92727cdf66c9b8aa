import { z } from "zod";
import { AUDIT_PAGE_SIZES } from "./audit-page-sizes";

export { AUDIT_PAGE_SIZES };

/** A calendar day, YYYY-MM-DD, that exists. */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value));

/**
 * The audit log's URL state (?page=2&action=user.role_changed&from=2026-01-01...). URLs are typed
 * and shared by people: a malformed value is ignored rather than an error page.
 */
export const auditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  pageSize: z.coerce
    .number()
    .refine((size) => (AUDIT_PAGE_SIZES as readonly number[]).includes(size))
    .catch(AUDIT_PAGE_SIZES[0]),
  user: z
    .union([z.uuid(), z.literal("system")])
    .optional()
    .catch(undefined),
  action: z
    .string()
    .regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/)
    .max(100)
    .optional()
    .catch(undefined),
  entityType: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
    .max(100)
    .optional()
    .catch(undefined),
  from: isoDay.optional().catch(undefined),
  to: isoDay.optional().catch(undefined),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Next's searchParams (a value may repeat) to the query; the first of a repeated value counts. */
export function parseAuditQuery(searchParams: Record<string, string | string[] | undefined>): AuditQuery {
  const first = Object.fromEntries(Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]));
  return auditQuerySchema.parse(first);
}
