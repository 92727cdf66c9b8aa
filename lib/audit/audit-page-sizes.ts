/** The audit log's page sizes. Zod-free, so client components can import it: zod would add ~30 KB gzip to their pages. */
export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;
