import { z } from "zod";
import type { ZodOpenApiOperationObject } from "zod-openapi";
import type { ApiOperation } from "../define-api-operation";
import { errorResponsesFor, rateLimitHeaderRefs } from "./api-response-components";

const SUCCESS_DESCRIPTIONS = { 200: "OK", 201: "Created", 202: "Accepted" } as const;

const idempotencyKeyHeader = z.object({
  "Idempotency-Key": z
    .string()
    .min(1)
    .max(255)
    .optional()
    .meta({ description: "Makes a retry safe: the same key and body within 24 hours returns the first answer instead of writing twice." }),
});

const replayedHeader = {
  description: "`true` when this is the first answer to an earlier request with the same Idempotency-Key, sent again.",
  schema: { type: "string", enum: ["true"] },
} as const;

/** One operation as OpenAPI has it: its scope stated in words and as `x-required-scope`, its success and every refusal. */
export function describeApiOperation(operation: ApiOperation): ZodOpenApiOperationObject {
  const status = operation.successStatus ?? 200;
  const scopeSentence = `Requires the \`${operation.scope}\` scope.`;
  return {
    operationId: operation.id,
    tags: [operation.tag],
    summary: operation.summary,
    description: operation.description ? `${operation.description}\n\n${scopeSentence}` : scopeSentence,
    security: [{ apiKey: [] }],
    "x-required-scope": operation.scope,
    requestParams: {
      ...(operation.params ? { path: operation.params } : {}),
      ...(operation.query ? { query: operation.query } : {}),
      ...(operation.method === "POST" ? { header: idempotencyKeyHeader } : {}),
    },
    ...(operation.body ? { requestBody: { required: true, content: { "application/json": { schema: operation.body } } } } : {}),
    ...(operation.multipart ? { requestBody: { required: true, content: { "multipart/form-data": { schema: operation.multipart } } } } : {}),
    responses: {
      [String(status)]: {
        description: SUCCESS_DESCRIPTIONS[status],
        headers: operation.method === "POST" ? { ...rateLimitHeaderRefs, "Idempotent-Replayed": replayedHeader } : rateLimitHeaderRefs,
        content: { "application/json": { schema: operation.response } },
      },
      ...errorResponsesFor(operation.method),
    },
  };
}
