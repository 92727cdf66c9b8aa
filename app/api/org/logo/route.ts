import { requireTenantContext } from "@/lib/auth/get-tenant-context";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { getOrgLogo } from "@/lib/org-settings/get-org-logo";

/** The signed-in user's org logo. The org comes from the session: no id in the URL to tamper with. */
export async function GET() {
  try {
    const { bytes, contentType } = await getOrgLogo(await requireTenantContext());
    return new Response(Buffer.from(bytes), {
      headers: {
        "Content-Type": contentType,
        "Content-Length": String(bytes.byteLength),
        // The URL carries a version (?v=) that changes with every upload, so it may be cached, privately.
        "Cache-Control": "private, max-age=86400",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'",
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
