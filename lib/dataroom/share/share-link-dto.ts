export type ShareLinkStatus = "active" | "expired" | "revoked";

/** A link as the sharer's list shows it. The token is never stored, so a link cannot be shown again: only withdrawn. */
export type ShareLinkRowDto = {
  /** The SHARED access-log row the link's token names: what revoking refers to. */
  id: string;
  recipientEmail: string;
  sharedBy: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  status: ShareLinkStatus;
};
