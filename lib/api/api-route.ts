import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { ApiError } from "./api-error";
import type { ApiOperation } from "./define-api-operation";
import { hashRequestBody, readIdempotencyKey } from "./idempotency/idempotency-rules";
import { runIdempotently } from "./idempotency/run-idempotently";
import { parseApiQuery } from "./parse-api-query";
import { toApiValidationError } from "./to-api-validation-error";
import { withApiKey } from "./with-api-key";

/** What a schema slot of the operation parses to; a slot the operation leaves out is undefined. */
type Parsed<S> = [NonNullable<S>] extends [never] ? undefined : NonNullable<S> extends z.ZodType ? z.output<NonNullable<S>> : undefined;

export type ApiRouteInput<Op extends ApiOperation> = {
  actor: ApiKeyActor;
  request: Request;
  params: Parsed<Op["params"]>;
  query: Parsed<Op["query"]>;
  body: Parsed<Op["body"]>;
};

/** A handler returns the success body (sent as JSON with the operation's status) or a whole Response. */
type ApiRouteHandler<Op extends ApiOperation> = (input: ApiRouteInput<Op>) => Promise<unknown>;

function parseBody(schema: z.ZodType, text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError("VALIDATION", "The request body is not valid JSON.", {}, { status: 400 });
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw toApiValidationError(result.error);
}

/**
 * The route handler of one API operation: the key, its rate limit, scope and write checks
 * (withApiKey), then path, query and body through the operation's own schemas. A path id that
 * does not parse is the same 404 as one of another org, so ids reveal nothing. A POST with an
 * Idempotency-Key runs at most once per key (lib/api/idempotency/run-idempotently.ts).
 */
export function apiRoute<Op extends ApiOperation>(operation: Op, handler: ApiRouteHandler<Op>) {
  return withApiKey<Record<string, string>>({ scope: operation.scope, writes: operation.writes }, async (request, { actor, params }) => {
    const parsedParams = operation.params ? operation.params.safeParse(params) : { success: true as const, data: undefined };
    if (!parsedParams.success) throw notFound("Resource");
    const query = operation.query ? parseApiQuery(operation.query, request) : undefined;
    const idempotencyKey = operation.method === "POST" ? readIdempotencyKey(request) : null;
    // A JSON body is read as text once: both parsed and, under an Idempotency-Key, hashed. A body
    // the handler reads itself (a multipart upload) is hashed from a copy, so the handler still can.
    const bodyText = operation.body ? await request.text() : "";
    const requestHash = async () => hashRequestBody(operation.body ? bodyText : new Uint8Array(await request.clone().arrayBuffer()));
    const respond = async () => {
      const body = operation.body ? parseBody(operation.body, bodyText) : undefined;
      const result = await handler({ actor, request, params: parsedParams.data, query, body } as ApiRouteInput<Op>);
      if (result instanceof Response) return result;
      return NextResponse.json(result, { status: operation.successStatus ?? 200 });
    };
    if (!idempotencyKey) return respond();
    const path = new URL(request.url).pathname;
    return runIdempotently(actor, { key: idempotencyKey, method: operation.method, path, requestHash: await requestHash() }, respond);
  });
}
