import { readApiReferenceAsset } from "@/lib/api/openapi/api-reference-assets";

/** Swagger UI's script and styles (from node_modules/swagger-ui-dist) and the page's start script; any other name is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ asset: string }> }) {
  const asset = await readApiReferenceAsset((await params).asset);
  if (!asset) return new Response("Not found.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  // A day, not for good: the URLs carry no version, and an upgrade of swagger-ui-dist must reach browsers.
  return new Response(asset.body, { headers: { "content-type": asset.contentType, "cache-control": "public, max-age=86400" } });
}
