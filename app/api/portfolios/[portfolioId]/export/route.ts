import { requireRouteAccess } from "@/lib/access/require-route-access";
import { AppError } from "@/lib/errors/app-error";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { exportPortfolio } from "@/lib/portfolios/export/export-portfolio";
import { exportPortfolioQuerySchema } from "@/lib/portfolios/export/schemas";
import { assertWithinRateLimit } from "@/lib/rate-limit/assert-within-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";
import { contentDisposition } from "@/lib/utils/content-disposition";

/** GET /api/portfolios/:portfolioId/export?format=csv|xlsx&what=holdings|cash-flows: the org's own portfolio as a file. */
export async function GET(request: Request, { params }: { params: Promise<{ portfolioId: string }> }) {
  try {
    const actor = await requireRouteAccess(request, portfoliosAccess.read);
    const limit = await assertWithinRateLimit(actor, "export");
    const { portfolioId } = await params;
    const query = exportPortfolioQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("VALIDATION", query.error.issues.map((issue) => issue.message).join(" "));
    const file = await exportPortfolio(actor, portfolioId, query.data);
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": contentDisposition("attachment", file.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        ...rateLimitHeaders(limit),
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
