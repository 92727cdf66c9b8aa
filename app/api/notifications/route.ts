import { NextResponse } from "next/server";
import { requireTenantContext } from "@/lib/auth/get-tenant-context";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { getNotificationSummary } from "@/lib/notifications/get-notification-summary";

/**
 * The bell's poll: the signed-in user's unread count and latest few. The user and org come from
 * the session; there is no id in the URL. Never cached: the point is to see what is new.
 */
export async function GET() {
  try {
    const summary = await getNotificationSummary(await requireTenantContext());
    return NextResponse.json(summary, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
