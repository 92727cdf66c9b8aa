import { randomBytes } from "node:crypto";
import { fernetDecrypt, fernetEncrypt } from "@/lib/crypto/fernet";
import { AppError } from "@/lib/errors/app-error";

/**
 * A signing secret in the Standard Webhooks form, `whsec_` + base64 of the key bytes, so receivers
 * can verify with any of its libraries. Stored Fernet-encrypted: signing needs the secret itself,
 * so a hash would not do, and a database dump alone must not let anyone forge deliveries.
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export function sealWebhookSecret(secret: string): string {
  try {
    return fernetEncrypt(secret);
  } catch (error) {
    // Said to the admin rather than a generic failure: the fix is the operator's configuration.
    throw new AppError("CONFIGURATION", "Webhook secrets cannot be stored: the server has no FERNET_KEY set.", { cause: error });
  }
}

export function openWebhookSecret(sealed: string): string {
  return fernetDecrypt(sealed);
}

/** The HMAC key: the bytes after the prefix (the convention's, not the text of the secret). */
export function webhookSigningKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith("whsec_") ? secret.slice(6) : secret, "base64");
}
