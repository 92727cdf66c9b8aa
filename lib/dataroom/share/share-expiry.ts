/** How long a link lives: a week at most, so a forwarded link does not stay open for good. Zod-free, so client components can import it: zod would add ~30 KB gzip to their pages. */
export const SHARE_EXPIRY_SECONDS = { "1h": 3600, "24h": 86_400, "3d": 3 * 86_400, "7d": 7 * 86_400 } as const;
export type ShareExpiry = keyof typeof SHARE_EXPIRY_SECONDS;
export const SHARE_EXPIRY_LABELS: Record<ShareExpiry, string> = { "1h": "1 hour", "24h": "24 hours", "3d": "3 days", "7d": "7 days" };
export const DEFAULT_SHARE_EXPIRY: ShareExpiry = "24h";
