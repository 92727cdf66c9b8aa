import { createHash, randomBytes } from "node:crypto";

export const API_KEY_PREFIX = "scr_";
/** `scr_` and 43 base64url characters (32 random bytes); anything else is not one of ours. */
const API_KEY_FORMAT = /^scr_[A-Za-z0-9_-]{43}$/;

/** Only the hash is stored: a leaked table does not leak working keys. */
export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

export const looksLikeApiKey = (value: string) => API_KEY_FORMAT.test(value);

/** A new key, its hash and the prefix shown in lists to tell keys apart. */
export function newApiKeySecret() {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, hash: hashApiKey(key), prefix: key.slice(0, 8) };
}
