/** How long an emailed invite stays usable: a week unless the developer says otherwise, a month at most. */
export const GUEST_INVITE_DAYS = { default: 7, min: 1, max: 30 } as const;

/** How long a redeemed invite keeps the guest signed in to the room on that browser. */
export const GUEST_SESSION_DAYS = 30;

/**
 * One cookie per room, so a guest of two rooms holds two sessions. Its path is "/": the room's pages
 * live under /guest and its files under /api/guest (where file responses keep their own headers).
 */
export const guestCookieName = (roomId: string) => `scr_guest_${roomId.replace(/-/g, "")}`;
export const guestRoomPath = (roomId: string) => `/guest/rooms/${roomId}`;
export const guestInvitePath = (token: string) => `/guest/invite/${token}`;

export type GuestStatus = "invited" | "expired" | "joined" | "removed";

/** Where a guest stands, as the developer's room page lists them. */
export function guestStatus(guest: { removedAt: Date | null; redeemedAt: Date | null; inviteExpiresAt: Date }, now = new Date()): GuestStatus {
  if (guest.removedAt) return "removed";
  if (guest.redeemedAt) return "joined";
  return guest.inviteExpiresAt.getTime() <= now.getTime() ? "expired" : "invited";
}
