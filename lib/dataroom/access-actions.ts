/** What the access log records. Zod-free, so client components can import it: zod would add ~30 KB gzip to their pages. */
export const ACCESS_ACTIONS = ["VIEWED", "DOWNLOADED", "SHARED", "ANNOTATED", "PRINTED"] as const;
