import { API_REFERENCE_PAGE_POLICY, renderApiReferencePage } from "@/lib/api/openapi/render-api-reference-page";

/** The API reference page: public like the document it shows, so an integrator can read it before having a key. */
export function GET() {
  return new Response(renderApiReferencePage(), {
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": API_REFERENCE_PAGE_POLICY, "cache-control": "public, max-age=300" },
  });
}
