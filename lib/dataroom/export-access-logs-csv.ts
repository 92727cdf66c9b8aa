import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { CSV_BOM, toCsvRow } from "@/lib/utils/csv";
import type { AccessLogQuery } from "./access-log-query";
import { ACCESS_LOG_INCLUDE, accessLogWhere, toAccessLogDto } from "./list-access-logs";
import { getRoomOrThrow } from "./rooms/get-room-or-throw";
import type { RoomRef } from "./rooms/room-ref";

const BATCH_SIZE = 1000;
const HEADER = ["Time (UTC)", "Action", "Document", "Version", "User", "Email", "IP address", "User agent", "Details"];

/** The filtered log as CSV, read in keyset batches so a long log streams out without piling up. */
export async function exportAccessLogsCsv(tenant: Pick<TenantContext, "org" | "role">, ref: RoomRef, query: AccessLogQuery): Promise<ReadableStream<Uint8Array>> {
  const room = await getRoomOrThrow(tenant, ref);
  const where = accessLogWhere(tenant, room, query);
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + toCsvRow(HEADER)));
      }
      const rows = await db.documentAccessLog.findMany({
        where,
        include: ACCESS_LOG_INCLUDE,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: BATCH_SIZE,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      const text = rows
        .map(toAccessLogDto)
        .map((r) =>
          toCsvRow([r.at.replace("T", " ").slice(0, 19), r.action, r.documentName, r.documentVersion, r.userName, r.userEmail, r.ipAddress, r.userAgent, r.metadata]),
        )
        .join("");
      if (text) controller.enqueue(encoder.encode(text));
      if (rows.length < BATCH_SIZE) controller.close();
      else cursor = rows.at(-1)!.id;
    },
  });
}
