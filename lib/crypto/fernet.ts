/**
 * Fernet (https://github.com/fernet/spec) with node:crypto: AES-128-CBC + HMAC-SHA256, tokens
 * byte-compatible with Python's cryptography.fernet, so secrets written by either side decrypt on
 * the other. Used for secrets at rest (CRM tokens, connector API keys, webhook signing secrets).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * DEV ONLY. Lets local runs and the demo seed encrypt without configuration; anything encrypted
 * with it is readable by everyone who has this repository. Production refuses to use it.
 */
export const DEV_FERNET_KEY = "xSzE3zIFkgilMh1ppsluf_udS8Q0hemHWiwkBbBgU0Y=";

const VERSION = 0x80;
const HEADER_BYTES = 1 + 8 + 16;
const HMAC_BYTES = 32;
const MAX_CLOCK_SKEW_SECONDS = 60;

export class FernetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FernetError";
  }
}

function toBase64UrlPadded(bytes: Buffer): string {
  return bytes.toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
}

function fromBase64Url(text: string, what: string): Buffer {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(text)) throw new FernetError(`${what} is not base64url.`);
  return Buffer.from(text, "base64url");
}

function splitKey(key: string): { signingKey: Buffer; encryptionKey: Buffer } {
  const bytes = fromBase64Url(key, "Fernet key");
  if (bytes.length !== 32) throw new FernetError("Fernet key must be 32 bytes, base64url-encoded.");
  return { signingKey: bytes.subarray(0, 16), encryptionKey: bytes.subarray(16) };
}

/** FERNET_KEY from the environment; the dev key only outside production. */
export function resolveFernetKey(env: { FERNET_KEY?: string; NODE_ENV?: string } = process.env): string {
  if (env.FERNET_KEY) return env.FERNET_KEY;
  if (env.NODE_ENV === "production") throw new FernetError("FERNET_KEY is not set: refusing to use the development key in production.");
  return DEV_FERNET_KEY;
}

export function generateFernetKey(): string {
  return toBase64UrlPadded(randomBytes(32));
}

export type EncryptOptions = { key?: string; now?: Date; iv?: Buffer };

export function fernetEncrypt(plaintext: string | Buffer, options: EncryptOptions = {}): string {
  const { signingKey, encryptionKey } = splitKey(options.key ?? resolveFernetKey());
  const iv = options.iv ?? randomBytes(16);
  if (iv.length !== 16) throw new FernetError("The IV must be 16 bytes.");
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt8(VERSION, 0);
  header.writeBigUInt64BE(BigInt(Math.floor((options.now ?? new Date()).getTime() / 1000)), 1);
  iv.copy(header, 9);
  const cipher = createCipheriv("aes-128-cbc", encryptionKey, iv);
  const ciphertext = Buffer.concat([cipher.update(typeof plaintext === "string" ? Buffer.from(plaintext, "utf8") : plaintext), cipher.final()]);
  const signed = Buffer.concat([header, ciphertext]);
  const hmac = createHmac("sha256", signingKey).update(signed).digest();
  return toBase64UrlPadded(Buffer.concat([signed, hmac]));
}

export type DecryptOptions = { key?: string; ttlSeconds?: number; now?: Date };

export function fernetDecryptToBuffer(token: string, options: DecryptOptions = {}): Buffer {
  const { signingKey, encryptionKey } = splitKey(options.key ?? resolveFernetKey());
  const bytes = fromBase64Url(token, "Fernet token");
  const ciphertextLength = bytes.length - HEADER_BYTES - HMAC_BYTES;
  if (ciphertextLength < 16 || ciphertextLength % 16 !== 0) throw new FernetError("Fernet token has an invalid length.");
  if (bytes[0] !== VERSION) throw new FernetError("Fernet token has an unknown version.");
  const signed = bytes.subarray(0, bytes.length - HMAC_BYTES);
  const expected = createHmac("sha256", signingKey).update(signed).digest();
  // The signature is checked before anything else is trusted, including the timestamp.
  if (!timingSafeEqual(expected, bytes.subarray(bytes.length - HMAC_BYTES))) throw new FernetError("Fernet token signature does not match.");
  const issuedAt = Number(bytes.readBigUInt64BE(1));
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (options.ttlSeconds !== undefined) {
    if (issuedAt + options.ttlSeconds < nowSeconds) throw new FernetError("Fernet token has expired.");
    if (issuedAt > nowSeconds + MAX_CLOCK_SKEW_SECONDS) throw new FernetError("Fernet token is from the future.");
  }
  try {
    const decipher = createDecipheriv("aes-128-cbc", encryptionKey, bytes.subarray(9, HEADER_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES, signed.length)), decipher.final()]);
  } catch {
    throw new FernetError("Fernet token does not decrypt.");
  }
}

export function fernetDecrypt(token: string, options: DecryptOptions = {}): string {
  return fernetDecryptToBuffer(token, options).toString("utf8");
}
