import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { ApiError } from "../api-error";
import { IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS, IDEMPOTENCY_KEY_TTL_MS } from "./idempotency-rules";

export type IdempotentRequest = { key: string; method: string; path: string; requestHash: string };

/** What to do with a request that carries a key: run it (holding the claim), or answer what the first one answered. */
export type IdempotencyClaim = { kind: "run"; claimId: string } | { kind: "replay"; status: number; body: string };

async function insertClaim(actor: Pick<ApiKeyActor, "org" | "apiKeyId">, request: IdempotentRequest): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO api_idempotency_keys (org_id, api_key_id, idempotency_key, method, path, request_hash)
    VALUES (${actor.org.id}::uuid, ${actor.apiKeyId}::uuid, ${request.key}, ${request.method}, ${request.path}, ${request.requestHash})
    ON CONFLICT (api_key_id, idempotency_key) DO NOTHING
    RETURNING id::text AS id`;
  return rows[0]?.id ?? null;
}

/**
 * Claims the key for this request, atomically (the unique (api_key_id, idempotency_key) decides
 * between two at once). A key already used: the same request gets the first answer, or 409 while
 * that one still runs; another body or path is a 422. An expired row, or a first request abandoned
 * mid-way, is replaced, once: a second loser meets the winner's row as any other retry does.
 */
export async function claimIdempotencyKey(actor: Pick<ApiKeyActor, "org" | "apiKeyId">, request: IdempotentRequest): Promise<IdempotencyClaim> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const claimId = await insertClaim(actor, request);
    if (claimId) return { kind: "run", claimId };
    const first = await db.apiIdempotencyKey.findUnique({ where: { apiKeyId_idempotencyKey: { apiKeyId: actor.apiKeyId, idempotencyKey: request.key } } });
    if (!first) continue;
    const age = Date.now() - first.createdAt.getTime();
    const abandoned = first.responseStatus === null && age > IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS;
    if (age > IDEMPOTENCY_KEY_TTL_MS || abandoned) {
      await db.apiIdempotencyKey.deleteMany({ where: { id: first.id, createdAt: first.createdAt, responseStatus: first.responseStatus } });
      continue;
    }
    if (first.method !== request.method || first.path !== request.path || first.requestHash !== request.requestHash) {
      throw new ApiError("VALIDATION", "This Idempotency-Key was already used for a different request. Use a new key for a new request.", {
        reason: "IDEMPOTENCY_KEY_REUSED",
        firstRequest: { method: first.method, path: first.path },
      });
    }
    if (first.responseStatus === null) {
      throw new ApiError("CONFLICT", "A request with this Idempotency-Key is still running. Retry once it has finished.", { reason: "IDEMPOTENCY_KEY_IN_FLIGHT" });
    }
    return { kind: "replay", status: first.responseStatus, body: first.responseBody ?? "" };
  }
  throw new ApiError("CONFLICT", "A request with this Idempotency-Key is still running. Retry once it has finished.", { reason: "IDEMPOTENCY_KEY_IN_FLIGHT" });
}

/** The first answer, kept for the retries. updateMany: a claim taken over as abandoned meanwhile is gone, and the answer still goes out. */
export async function rememberIdempotentAnswer(claimId: string, status: number, body: string): Promise<void> {
  await db.apiIdempotencyKey.updateMany({ where: { id: claimId }, data: { responseStatus: status, responseBody: body } });
}

/** Lets the key go, so a retry runs again (a 5xx, or an answer that depends on the state). */
export async function releaseIdempotencyKey(claimId: string): Promise<void> {
  await db.apiIdempotencyKey.deleteMany({ where: { id: claimId } });
}
