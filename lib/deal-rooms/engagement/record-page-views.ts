import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { clampBatch } from "./clamp-batch";
import type { EngagementBatch } from "./engagement-schemas";
import { loadRecordingGate } from "./load-recording-gate";

/** Slack on the wall-clock cap below: a beacon may arrive a little before the time it reports has fully passed. */
const WALL_CLOCK_SLACK_SECONDS = 2;

/**
 * Adds a viewer's batch to the room's page views, one row per page per viewer per day (UTC), in
 * one statement after one query for the checks (loadRecordingGate). The same rules as opening the document: a current member of an open room, the
 * NDA accepted, the current version of a shared document the org may open; otherwise nothing is
 * written (404, or 403 before the NDA as the document route answers).
 *
 * A row never gains more seconds than have passed since it last grew (plus a little slack), so a
 * replayed or looping beacon cannot add hours to a page; clampBatch bounds a single batch.
 *
 * Not audited: like document_access_logs (the open itself is logged there by readRoomDocument),
 * this is telemetry the viewer sends every few seconds, not a change someone made to business
 * data; an audit row per beacon would bury the org's real trail.
 *
 * Returns the number of pages recorded.
 */
export async function recordPageViews(actor: Actor, roomId: string, documentId: string, batch: EngagementBatch): Promise<number> {
  const gate = await loadRecordingGate(actor, roomId, documentId);
  if (!gate) throw notFound("Deal room");
  // The message assertNdaAccepted gives: the member knows the room.
  if (!gate.ndaAccepted) throw new AppError("FORBIDDEN", "Accept this room's NDA before opening its documents.");
  const { room, document } = gate;
  if (!document) throw notFound("Document");
  const pages = clampBatch(batch.pages, document.pageCount);
  if (pages.length === 0) return 0;
  // Telemetry need not wait for the disk: a crash may lose the last instant of reading, never
  // corrupt it, and the beacon returns without waiting for an fsync (which alone costs more than the
  // budget). set_config(..., true) lasts for this statement's own transaction: still one round trip.
  await db.$executeRaw`
    WITH async_commit AS (SELECT set_config('synchronous_commit', 'off', true))
    INSERT INTO deal_room_page_views AS v
      (org_id, deal_room_id, document_id, viewer_user_id, viewer_org_id, page_number, seconds, view_date, first_viewed_at, last_viewed_at)
    SELECT ${room.allyOrgId}::uuid, ${room.id}::uuid, ${document.id}::uuid, ${actor.user.id}::uuid, ${actor.org.id}::uuid,
           p.page, p.seconds, (now() AT TIME ZONE 'UTC')::date, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM unnest(${pages.map((p) => p.page)}::int[], ${pages.map((p) => p.seconds)}::int[]) AS p(page, seconds) CROSS JOIN async_commit
    ON CONFLICT (deal_room_id, document_id, viewer_user_id, page_number, view_date) DO UPDATE
    SET seconds = v.seconds + LEAST(excluded.seconds, ${WALL_CLOCK_SLACK_SECONDS} + GREATEST(0, ceil(extract(epoch FROM excluded.last_viewed_at - v.last_viewed_at)))::int),
        last_viewed_at = excluded.last_viewed_at`;
  return pages.length;
}
