import "server-only";
import type { AccessRule } from "@/lib/access/access-rule";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { dataroomAccess } from "../access";
import { getRoomOrThrow } from "./get-room-or-throw";
import type { RoomRef } from "./room-ref";

/** A room page's tenant and room; anything the tenant may not open renders the 404 page. */
export async function requireRoomPage(ref: RoomRef, rule: AccessRule = dataroomAccess.read) {
  const tenant = await requirePageAccess(rule);
  const room = await orNotFound(getRoomOrThrow(tenant, ref));
  return { tenant, room };
}
