/** Zod-free, so client components can import it: zod would add ~30 KB gzip to their pages. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** Raster formats only: an SVG can carry script, and it is served from our own origin. */
export const LOGO_MIME_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
