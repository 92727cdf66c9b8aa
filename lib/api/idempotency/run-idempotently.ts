import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { apiErrorResponse } from "../api-error-response";
import { claimIdempotencyKey, type IdempotentRequest, releaseIdempotencyKey, rememberIdempotentAnswer } from "./claim-idempotency-key";
import { isRememberedStatus } from "./idempotency-rules";

/**
 * Runs a POST that carries an Idempotency-Key at most once per key: a retry of the same request
 * gets the first answer back, marked `Idempotent-Replayed: true`. The answer is kept only when
 * isRememberedStatus says so; otherwise the key is released and a retry runs again. Errors the
 * work throws become their answer here (the same shape withApiKey gives them), so they are judged
 * by the same rule.
 */
export async function runIdempotently(actor: Pick<ApiKeyActor, "org" | "apiKeyId">, request: IdempotentRequest, work: () => Promise<Response>): Promise<Response> {
  const claim = await claimIdempotencyKey(actor, request);
  if (claim.kind === "replay") {
    return new Response(claim.body, { status: claim.status, headers: { "content-type": "application/json", "Idempotent-Replayed": "true" } });
  }
  const response = await work().catch((error: unknown) => apiErrorResponse(error));
  if (isRememberedStatus(response.status)) await rememberIdempotentAnswer(claim.claimId, response.status, await response.clone().text());
  else await releaseIdempotencyKey(claim.claimId);
  return response;
}
