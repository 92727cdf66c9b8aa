import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { matchingAccess } from "@/lib/matching/access";
import { listMatches } from "@/lib/matching/inbox/list-matches";
import type { MatchStatusName } from "@/lib/matching/match-statuses";
import { assertApiFeature } from "../assert-api-feature";

/**
 * The matches inbox of the key's org, from its side: an investor's every match, a developer's its
 * proposals and those an investor showed interest in (matchScope). Unread counts are a person's,
 * so they are left out.
 */
export async function listApiMatches(actor: ApiKeyActor, query: { status?: MatchStatusName; page: number }) {
  await assertApiFeature(actor, matchingAccess.readMatches);
  const inbox = await listMatches(actor, { status: query.status ?? null, page: query.page });
  const data = inbox.rows.map(({ unread: _unread, ...row }) => row);
  return { side: inbox.side, data, counts: inbox.counts, page: inbox.page, pageCount: inbox.pageCount, total: inbox.inTab };
}
