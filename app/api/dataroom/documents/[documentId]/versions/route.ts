import { NextResponse } from "next/server";
import { listDocumentVersions } from "@/lib/dataroom/list-document-versions";
import { requireRouteAccess } from "@/lib/access/require-route-access";
import { dataroomAccess } from "@/lib/dataroom/access";
import { toErrorResponse } from "@/lib/errors/to-error-response";

/** The document's version history, newest first, for the history drawer. */
export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  try {
    const actor = await requireRouteAccess(request, dataroomAccess.read);
    const { documentId } = await params;
    return NextResponse.json({ versions: await listDocumentVersions(actor, documentId) }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
