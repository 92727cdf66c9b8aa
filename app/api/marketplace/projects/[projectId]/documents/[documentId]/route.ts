import { requireRouteAccess } from "@/lib/access/require-route-access";
import { downloadErrorResponse } from "@/lib/dataroom/download-error-response";
import { fileResponse } from "@/lib/dataroom/file-response";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { readListedDocument } from "@/lib/marketplace/read-listed-document";
import { assertWithinRateLimit } from "@/lib/rate-limit/assert-within-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";

/** A PUBLIC document of a listed project, for investors; `?inline=1` views it. Logged in the ally's access log. */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string; documentId: string }> }) {
  const { projectId, documentId } = await params;
  try {
    const actor = await requireRouteAccess(request, marketplaceAccess.browse);
    const inline = new URL(request.url).searchParams.get("inline") === "1";
    const limit = await assertWithinRateLimit(actor, "download");
    return fileResponse(await readListedDocument(actor, projectId, documentId, { inline }), { inline, headers: rateLimitHeaders(limit) });
  } catch (error) {
    return downloadErrorResponse(request, error, `/marketplace/${projectId}`);
  }
}
