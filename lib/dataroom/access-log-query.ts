import { z } from "zod";
import { ACCESS_ACTIONS } from "./access-actions";

export { ACCESS_ACTIONS };

const single = (raw: unknown) => (Array.isArray(raw) ? raw[0] : raw);
const emptyToUndefined = (raw: unknown) => {
  const value = single(raw);
  return value === "" ? undefined : value;
};

/**
 * The access-log filters as they travel in the URL. A hand-edited link never fails: a value out
 * of range is dropped.
 */
export const accessLogQuerySchema = z.object({
  action: z.preprocess(emptyToUndefined, z.enum(ACCESS_ACTIONS).optional().catch(undefined)),
  userId: z.preprocess(emptyToUndefined, z.uuid().optional().catch(undefined)),
  documentId: z.preprocess(emptyToUndefined, z.uuid().optional().catch(undefined)),
  from: z.preprocess(emptyToUndefined, z.iso.date().optional().catch(undefined)),
  to: z.preprocess(emptyToUndefined, z.iso.date().optional().catch(undefined)),
});
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;

export function parseAccessLogQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): AccessLogQuery {
  const record = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  return accessLogQuerySchema.parse(record);
}
