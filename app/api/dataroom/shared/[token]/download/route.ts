import { requestMetaFrom } from "@/lib/auth/request-meta";
import { fileResponse } from "@/lib/dataroom/file-response";
import { downloadSharedDocument } from "@/lib/dataroom/share/download-shared-document";
import { downloadErrorResponse } from "@/lib/dataroom/download-error-response";

/**
 * Public (no session): the token is the credential. A dead link (expired, forged, altered, or
 * its document deleted or reclassified) is a 404 that says nothing about the document.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await params;
    const file = await downloadSharedDocument(token, requestMetaFrom(request.headers));
    return fileResponse(file, { headers: { "referrer-policy": "no-referrer", "x-robots-tag": "noindex" } });
  } catch (error) {
    return downloadErrorResponse(request, error, null);
  }
}
