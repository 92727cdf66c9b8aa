import { downloadDocument } from "@/lib/dataroom/download-document";
import { fileResponse } from "@/lib/dataroom/file-response";
import { requireRouteAccess } from "@/lib/access/require-route-access";
import { dataroomAccess } from "@/lib/dataroom/access";
import { downloadErrorResponse } from "@/lib/dataroom/download-error-response";
import { assertWithinRateLimit } from "@/lib/rate-limit/assert-within-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";

/**
 * Any version of a document the tenant may see; another org's id is a 404. `?inline=1` views it.
 * A failure answers a clicked link with a readable page, and scripts with JSON.
 */
export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  try {
    const actor = await requireRouteAccess(request, dataroomAccess.read);
    const inline = new URL(request.url).searchParams.get("inline") === "1";
    const { documentId } = await params;
    const limit = await assertWithinRateLimit(actor, "download");
    return fileResponse(await downloadDocument(actor, documentId, { inline }), { inline, headers: rateLimitHeaders(limit) });
  } catch (error) {
    return downloadErrorResponse(request, error, "/dataroom");
  }
}
