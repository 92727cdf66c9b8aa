import { createHmac, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";

/**
 * A share link is stateless: everything needed to serve it is in the token, signed with
 * HMAC-SHA256. Layout of the signed bytes (compact, so the link stays short):
 *   version (1) | document id (16) | org id (16) | SHARED log row id (16) | expiry, unix s (4) | recipient email (UTF-8)
 * The token is base64url(bytes) "." base64url(signature).
 */
export type ShareTokenClaims = { documentId: string; orgId: string; sharedLogId: string; recipientEmail: string; expiresAt: Date };

const VERSION = 1;
const HEADER_BYTES = 1 + 16 * 3 + 4;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * A key of its own, derived from AUTH_SECRET: a share token can never pass as a session cookie
 * (or anything else signed with the secret), and vice versa.
 */
function shareKey(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new AppError("CONFIGURATION", "Share links are signed with AUTH_SECRET: set it to at least 32 characters.");
  }
  return createHmac("sha256", secret).update("scr-platform/dataroom-share-link/v1").digest();
}

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`Not a UUID: ${uuid}`);
  return Buffer.from(hex, "hex");
}

function uuidString(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Buffer's decoder skips characters it does not know; only the exact encoding of some bytes is accepted. */
function strictBase64url(text: string): Buffer | null {
  if (!BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : null;
}

const sign = (payload: Buffer) => createHmac("sha256", shareKey()).update(payload).digest();

export function signShareToken(claims: ShareTokenClaims): string {
  const expiry = Buffer.alloc(4);
  expiry.writeUInt32BE(Math.floor(claims.expiresAt.getTime() / 1000));
  const payload = Buffer.concat([
    Buffer.from([VERSION]),
    uuidBytes(claims.documentId),
    uuidBytes(claims.orgId),
    uuidBytes(claims.sharedLogId),
    expiry,
    Buffer.from(claims.recipientEmail, "utf8"),
  ]);
  return `${payload.toString("base64url")}.${sign(payload).toString("base64url")}`;
}

/** The claims of an authentic, unexpired token; null for anything else (forged, altered, expired, garbage). */
export function verifyShareToken(token: string, now: Date = new Date()): ShareTokenClaims | null {
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const payload = strictBase64url(parts[0]!);
  const signature = strictBase64url(parts[1]!);
  if (!payload || !signature || payload.length <= HEADER_BYTES || payload[0] !== VERSION) return null;
  const expected = sign(payload);
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return null;
  const expiresAt = new Date(payload.readUInt32BE(49) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return {
    documentId: uuidString(payload.subarray(1, 17)),
    orgId: uuidString(payload.subarray(17, 33)),
    sharedLogId: uuidString(payload.subarray(33, 49)),
    expiresAt,
    recipientEmail: payload.subarray(HEADER_BYTES).toString("utf8"),
  };
}
