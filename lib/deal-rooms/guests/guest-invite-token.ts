import { createHash, randomBytes } from "node:crypto";

/**
 * An invite token is 32 random bytes (base64url, 43 characters); only its SHA-256 is stored, so a
 * database read does not hand out working links. A hash lookup needs no constant-time compare.
 */
export function newGuestInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashGuestInviteToken(token) };
}

export function hashGuestInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeGuestInviteToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
