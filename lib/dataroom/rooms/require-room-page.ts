import "server-only";
import { notFound } from "next/navigation";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { hasDataRooms } from "../dataroom-org-types";
import { getRoomOrThrow } from "./get-room-or-throw";
import type { RoomRef } from "./room-ref";

/** A room page's tenant and room; anything the tenant may not open renders the 404 page. */
export async function requireRoomPage(ref: RoomRef, permission: Permission = "dataroom.read") {
  const tenant = await requireTenantPage();
  if (!hasDataRooms(tenant.org.type) || !hasPermission(tenant.role, permission)) notFound();
  const room = await orNotFound(getRoomOrThrow(tenant, ref));
  return { tenant, room };
}
