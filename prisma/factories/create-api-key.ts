import { createHash, randomBytes } from "node:crypto";
import type { FactoryDb } from "./types";

export function hashApiKey(plaintextKey: string): string {
  return createHash("sha256").update(plaintextKey).digest("hex");
}

/** A new key (`scr_` + 48 hex characters) with what is stored of it: its SHA-256 and its first 8 characters. */
export function generateApiKey(): { plaintextKey: string; keyHash: string; keyPrefix: string } {
  const plaintextKey = `scr_${randomBytes(24).toString("hex")}`;
  return { plaintextKey, keyHash: hashApiKey(plaintextKey), keyPrefix: plaintextKey.slice(0, 8) };
}

export type CreateApiKeyInput = { orgId: string; createdBy: string; name?: string; scopes?: string[]; expiresAt?: Date; isActive?: boolean };

/** Creates an API key; the plaintext is returned once and never stored. */
export async function createApiKey(db: FactoryDb, input: CreateApiKeyInput) {
  const { plaintextKey, keyHash, keyPrefix } = generateApiKey();
  const apiKey = await db.apiKey.create({
    data: {
      orgId: input.orgId,
      createdBy: input.createdBy,
      name: input.name ?? "Test key",
      keyHash,
      keyPrefix,
      scopes: input.scopes ?? ["projects:read"],
      expiresAt: input.expiresAt,
      isActive: input.isActive ?? true,
    },
  });
  return { apiKey, plaintextKey };
}
