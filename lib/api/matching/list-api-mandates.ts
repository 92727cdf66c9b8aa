import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { matchingAccess } from "@/lib/matching/access";
import { listMandates } from "@/lib/matching/mandates/list-mandates";
import { assertApiFeature } from "../assert-api-feature";

/** The mandates page's list: active first, then by name, 50 a page, each with its match count and best score. Investors only. */
export async function listApiMandates(actor: ApiKeyActor, page: number) {
  await assertApiFeature(actor, matchingAccess.readMandates);
  const result = await listMandates(actor, { page });
  return { data: result.rows, page: result.page, pageCount: result.pageCount, total: result.total };
}
