import type { ZodOpenApiComponentsObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { apiErrorSchema } from "../api-schemas";

const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": { description: "Requests allowed in the current window (the plan's rate, or the key's own limit).", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Requests left in the current window.", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the window ends.", schema: { type: "integer" } },
  "Retry-After": { description: "Seconds to wait before trying again (on a 429).", schema: { type: "integer" } },
} as const;

const headerRef = (name: keyof typeof RATE_LIMIT_HEADERS) => ({ $ref: `#/components/headers/${name}` });

/** The RateLimit-* headers every answer after authentication carries. */
export const rateLimitHeaderRefs = {
  "RateLimit-Limit": headerRef("RateLimit-Limit"),
  "RateLimit-Remaining": headerRef("RateLimit-Remaining"),
  "RateLimit-Reset": headerRef("RateLimit-Reset"),
};

const errorResponse = (description: string, headers: Record<string, { $ref: string }> = rateLimitHeaderRefs) => ({
  description,
  headers,
  content: { "application/json": { schema: apiErrorSchema } },
});

/** The refusals every operation may answer, each the shared Error body; named so operations refer to them. */
const ERROR_RESPONSES = {
  BadRequest: errorResponse("The query string or the JSON is malformed (details.fieldErrors names the fields)."),
  Unauthorized: errorResponse("No key, or a key that is unknown, expired or revoked.", {}),
  Forbidden: errorResponse("The key lacks the operation's scope (details.missingScope), or the org cannot use it (past due for a write)."),
  NotFound: errorResponse("No such record for the key's organisation (another organisation's id answers the same)."),
  Conflict: errorResponse("The write conflicts with the current state, or a request with the same Idempotency-Key is still running."),
  UnprocessableEntity: errorResponse("The body is not valid (details.fieldErrors names the fields), or an Idempotency-Key was reused with another request."),
  TooManyRequests: errorResponse("The rate limit is reached; wait Retry-After seconds.", { ...rateLimitHeaderRefs, "Retry-After": headerRef("Retry-After") }),
} as const;

export const API_RESPONSE_COMPONENTS: Pick<ZodOpenApiComponentsObject, "headers" | "responses"> = {
  headers: { ...RATE_LIMIT_HEADERS },
  responses: ERROR_RESPONSES,
};

const responseRef = (name: keyof typeof ERROR_RESPONSES) => ({ $ref: `#/components/responses/${name}` });

/** The error answers of one operation: all share 400/401/403/404/422/429, a POST may also meet a 409. */
export function errorResponsesFor(method: string): ZodOpenApiResponsesObject {
  return {
    "400": responseRef("BadRequest"),
    "401": responseRef("Unauthorized"),
    "403": responseRef("Forbidden"),
    "404": responseRef("NotFound"),
    ...(method === "GET" ? {} : { "409": responseRef("Conflict") }),
    "422": responseRef("UnprocessableEntity"),
    "429": responseRef("TooManyRequests"),
  };
}
