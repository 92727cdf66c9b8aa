import { requireRouteAccess } from "@/lib/access/require-route-access";
import { notFound } from "@/lib/errors/app-error";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { investmentMemosAccess } from "@/lib/investment-memos/access";
import { exportMemoPdf } from "@/lib/investment-memos/export-memo-pdf";
import { assertWithinRateLimit } from "@/lib/rate-limit/assert-within-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";
import { contentDisposition } from "@/lib/utils/content-disposition";
import { parseUuid } from "@/lib/utils/parse-uuid";

/** GET /api/investment-memos/:memoId/pdf: the saved memo of the session's org as a PDF (audited memo.exported); any other id is a 404. */
export async function GET(request: Request, { params }: { params: Promise<{ memoId: string }> }) {
  try {
    const actor = await requireRouteAccess(request, investmentMemosAccess.read);
    const memoId = parseUuid((await params).memoId);
    if (!memoId) throw notFound("Memo");
    const limit = await assertWithinRateLimit(actor, "export");
    const { bytes, filename } = await exportMemoPdf(actor, memoId);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": contentDisposition("attachment", filename),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        ...rateLimitHeaders(limit),
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
