import { NextResponse } from "next/server";
import { assertSameOrigin } from "@/lib/auth/assert-same-origin";
import { DuplicateDocumentError } from "@/lib/dataroom/duplicate-document-error";
import { requireRouteAccess } from "@/lib/access/require-route-access";
import { dataroomAccess } from "@/lib/dataroom/access";
import { uploadParamsSchema } from "@/lib/dataroom/schemas";
import { uploadDocument } from "@/lib/dataroom/upload-document";
import { AppError } from "@/lib/errors/app-error";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { assertWithinRateLimit } from "@/lib/rate-limit/assert-within-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";

/**
 * One file per request, the raw bytes as the body (no multipart), described by the query string:
 * ?fileName=&projectId=&folderId=&classification=&watermark= or ?fileName=&parentDocumentId= for a
 * new version. The body is streamed to storage, never buffered whole. Only this app's pages may
 * post here (the session cookie alone would let a sibling subdomain's page upload as the user).
 */
async function upload(request: Request) {
  try {
    assertSameOrigin(request);
    const actor = await requireRouteAccess(request, dataroomAccess.write);
    // Per person and per org by plan; a refused upload is a 429 before any byte is read.
    const limit = await assertWithinRateLimit(actor, "upload");
    const parsed = uploadParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) {
      const fieldErrors = parsed.error.flatten().fieldErrors as Record<string, string[]>;
      throw new AppError("VALIDATION", Object.values(fieldErrors).flat()[0] ?? "Check the upload details.", { fieldErrors });
    }
    const lengthHeader = request.headers.get("content-length");
    const declared = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
    if (!request.body && declared) throw new AppError("VALIDATION", "The upload has no body.");
    const body = request.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
    const document = await uploadDocument(actor, parsed.data, body, declared);
    return NextResponse.json({ document }, { status: 201, headers: rateLimitHeaders(limit) });
  } catch (error) {
    if (error instanceof DuplicateDocumentError) {
      return NextResponse.json({ error: { code: error.code, message: error.message }, existingDocument: error.existing }, { status: 409 });
    }
    return toErrorResponse(error);
  }
}

export const PUT = upload;
export const POST = upload;
