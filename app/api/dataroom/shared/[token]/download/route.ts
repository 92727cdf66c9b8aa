import { requestMetaFrom } from "@/lib/auth/request-meta";
import { fileResponse } from "@/lib/dataroom/file-response";
import { downloadSharedDocument } from "@/lib/dataroom/share/download-shared-document";
import { downloadErrorResponse } from "@/lib/dataroom/download-error-response";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";

/**
 * Public (no session): the token is the credential. A dead link (expired, forged, altered, or
 * its document deleted or reclassified) is a 404 that says nothing about the document. Counted
 * per address before the token is checked, so guessing tokens spends the allowance too.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const meta = requestMetaFrom(request.headers);
    const limit = await consumeRateLimit("share-download", { ip: meta.ipAddress });
    const { token } = await params;
    const file = await downloadSharedDocument(token, meta);
    return fileResponse(file, { headers: { "referrer-policy": "no-referrer", "x-robots-tag": "noindex", ...rateLimitHeaders(limit) } });
  } catch (error) {
    return downloadErrorResponse(request, error, null);
  }
}
