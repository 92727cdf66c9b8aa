import type { z } from "zod";
import type { ApiScope } from "@/lib/api-keys/scopes";

type AnyObject = z.ZodObject;

/**
 * One endpoint of the public API, described once: the route runs it (apiRoute parses the path,
 * query and body with these schemas before the handler sees them) and the OpenAPI document is
 * generated from the same object, so the reference cannot drift from what the server accepts.
 */
export type ApiOperation<
  Params extends AnyObject | undefined = AnyObject | undefined,
  Query extends AnyObject | undefined = AnyObject | undefined,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
> = {
  /** Stable operationId, verb first: `listProjects`, `createHolding`. */
  id: string;
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Under /api/v1, in OpenAPI's template form: `/projects/{projectId}`. */
  path: `/${string}`;
  /** The one scope the key needs (403 naming it otherwise). */
  scope: ApiScope;
  /** Groups the reference page: "Projects", "Portfolios", "Webhooks", ... */
  tag: string;
  summary: string;
  description?: string;
  params?: Params;
  query?: Query;
  body?: Body;
  /**
   * For documentation only: the parts of a multipart/form-data body the handler reads itself (an
   * upload), so the reference describes them; `body` stays empty, as apiRoute reads JSON only.
   */
  multipart?: z.ZodObject;
  /** The success body's schema (registered with `.meta({ id })` where it is reused). */
  response: z.ZodType;
  /** 200 unless said: 201 for a creation, 202 for accepted work. */
  successStatus?: 200 | 201 | 202;
  /** Refused while the org is past due (the API turns read-only, as the app does). */
  writes?: boolean;
};

export function defineApiOperation<
  Params extends AnyObject | undefined = undefined,
  Query extends AnyObject | undefined = undefined,
  Body extends z.ZodType | undefined = undefined,
>(operation: ApiOperation<Params, Query, Body>): ApiOperation<Params, Query, Body> {
  return operation;
}
