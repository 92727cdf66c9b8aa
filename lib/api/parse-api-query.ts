import { z } from "zod";
import { ApiError } from "./api-error";

/**
 * A request's query string through its endpoint's schema. Unlike the app's own pages (which fall
 * back to defaults for a hand-edited link), a program is told what it sent wrong: a 400 naming
 * each field.
 */
export function parseApiQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  const result = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (result.success) return result.data;
  const { fieldErrors } = z.flattenError(result.error);
  throw new ApiError("VALIDATION", "The query string is not valid.", { fieldErrors }, { status: 400 });
}
