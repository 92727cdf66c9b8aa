import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRouteAccess } from "@/lib/access/require-route-access";
import { AppError, notFound } from "@/lib/errors/app-error";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { ALL_JOBS_ID, LIVE_STATUS_KINDS, type LiveStatusKind } from "@/lib/jobs/live-status/live-status-types";
import { LIVE_STATUS_SOURCES } from "@/lib/jobs/live-status/read-live-status";

const kindSchema = z.enum(LIVE_STATUS_KINDS);
// A page watches what it shows: a room's processing documents fit well under the cap.
const idsSchema = z.array(z.uuid()).min(1).max(100);

/**
 * What a page polls while work it shows is under way (`?ids=a,b`): per id the status, whether it
 * is still active and its progress, so the page re-renders only when something changed. The
 * tenant comes from the session; an id of another org is absent, and when none is found the
 * answer is a 404, exactly as for ids that exist nowhere. Never cached.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  try {
    const kind = kindSchema.safeParse((await params).kind);
    if (!kind.success) throw notFound("Status");
    const source = LIVE_STATUS_SOURCES[kind.data];
    const actor = await requireRouteAccess(request, source.rule);
    const items = await source.read(actor, watchedIds(kind.data, request));
    if (Object.keys(items).length === 0) throw notFound("Status");
    return NextResponse.json({ items }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return toErrorResponse(error);
  }
}

/** The job lists answer for themselves as a whole; every other kind names the entities it watches. */
function watchedIds(kind: LiveStatusKind, request: Request): string[] {
  if (kind === "org-jobs" || kind === "platform-jobs") return [ALL_JOBS_ID];
  const ids = idsSchema.safeParse(new URL(request.url).searchParams.get("ids")?.split(",") ?? []);
  if (!ids.success) throw new AppError("VALIDATION", "Name 1 to 100 ids to watch, separated by commas.");
  return [...new Set(ids.data)];
}
