import "server-only";
import { STATUS_ACCESS } from "@/lib/access/tiers";
import { type AuthenticatedApiKey, authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import type { ApiScope } from "@/lib/api-keys/scopes";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";
import { ApiError, missingScope } from "./api-error";
import { apiErrorResponse } from "./api-error-response";

export type ApiEndpoint = {
  /** The one scope the endpoint needs. */
  scope: ApiScope;
  /** A write is refused while the org is past due (read-only), as in the app. */
  writes?: boolean;
};

type ApiHandler<P> = (request: Request, context: { actor: ApiKeyActor; params: P }) => Promise<Response>;

/** The plan's rate for the org's keys together, or the key's own limit when it has one. */
function countRequest(key: AuthenticatedApiKey) {
  const apiKey = key.rateLimitOverride ? { id: key.actor.apiKeyId, requestsPerMinute: key.rateLimitOverride } : null;
  return consumeRateLimit("api", { org: { id: key.org.id, tier: key.org.tier }, apiKey });
}

/**
 * A public API route: authenticates the Bearer key (401), counts the request against the `api`
 * limit (429 with Retry-After), checks the endpoint's scope (403 naming it), then runs the handler
 * as the key's principal. Every answer after the count carries RateLimit-*; every error is the
 * API's one shape.
 */
export function withApiKey<P extends Record<string, string> = Record<string, never>>(endpoint: ApiEndpoint, handler: ApiHandler<P>) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    let headers: Record<string, string> | undefined;
    try {
      const key = await authenticateApiKey(request);
      headers = rateLimitHeaders(await countRequest(key));
      if (!key.actor.scopes.includes(endpoint.scope)) throw missingScope(endpoint.scope);
      if (endpoint.writes && STATUS_ACCESS[key.org.status] === "read-only") {
        throw new ApiError("FORBIDDEN", "Your organisation's subscription is past due, so the API is read-only until the invoice is settled.", {
          status: key.org.status,
        });
      }
      const response = await handler(request, { actor: key.actor, params: ((await context?.params) ?? {}) as P });
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    } catch (error) {
      return apiErrorResponse(error, headers);
    }
  };
}
