import { downloadDocument } from "@/lib/dataroom/download-document";
import { requireRouteActor } from "@/lib/dataroom/require-route-actor";
import { toErrorResponse } from "@/lib/errors/to-error-response";

function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Any version of a document the tenant may see; another org's id is a 404. `?inline=1` views it. */
export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  try {
    const actor = await requireRouteActor(request, "dataroom.read");
    const inline = new URL(request.url).searchParams.get("inline") === "1";
    const { documentId } = await params;
    const file = await downloadDocument(actor, documentId, { inline });
    const headers = new Headers({
      "content-type": file.mimeType,
      "content-disposition": contentDisposition(inline ? "inline" : "attachment", file.name),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
    if (file.length !== null) headers.set("content-length", String(file.length));
    return new Response(file.body as BodyInit, { status: 200, headers });
  } catch (error) {
    return toErrorResponse(error);
  }
}
