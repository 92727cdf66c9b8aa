import { requireTenantContext } from "@/lib/auth/get-tenant-context";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { getCoverImage } from "@/lib/projects/get-cover-image";

/** A project's cover, streamed from storage for members of the owning org only (others: 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  try {
    const { projectId } = await params;
    const cover = await getCoverImage(await requireTenantContext(), projectId);
    const headers = new Headers({
      "Content-Type": cover.contentType,
      // The URL carries a version (?v=) that changes with each new cover, so a private cache is safe.
      "Cache-Control": "private, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    });
    if (cover.contentLength !== null) headers.set("Content-Length", String(cover.contentLength));
    return new Response(cover.body, { headers });
  } catch (error) {
    return toErrorResponse(error);
  }
}
