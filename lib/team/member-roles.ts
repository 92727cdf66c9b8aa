/** Zod-free, so client components can import it: zod would add ~30 KB gzip to their pages. */
export const MEMBER_ROLES = ["viewer", "analyst", "manager", "admin"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
