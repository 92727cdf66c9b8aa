import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { matchScope, matchScopeSql } from "./match-scope";

type Reader = { org: Pick<TenantContext["org"], "id" | "type">; user: Pick<TenantContext["user"], "id"> };

/**
 * Unread: a message someone else wrote after the reader last opened the match (match_reads), or
 * any such message when they never did. Their own messages are never unread to them.
 */
const unreadCondition = (userId: string) => Prisma.sql`
  mm.sender_id <> ${userId}::uuid
  AND NOT EXISTS (SELECT 1 FROM match_reads r WHERE r.match_id = mm.match_id AND r.user_id = ${userId}::uuid AND r.last_read_at >= mm.created_at)`;

/** Unread messages across every match the reader's org may see: the navigation's badge. */
export async function countUnreadMatchMessages(tenant: Reader): Promise<number> {
  if (tenant.org.type !== "INVESTOR" && tenant.org.type !== "ALLY") return 0;
  const scope = matchScopeSql(matchScope(tenant));
  const [row] = await db.$queryRaw<{ unread: number }[]>`
    SELECT count(*)::int AS unread
    FROM match_messages mm JOIN match_results mr ON mr.id = mm.match_id
    WHERE ${scope} AND ${unreadCondition(tenant.user.id)}`;
  return row?.unread ?? 0;
}

/** Unread messages per match, for one page of the inbox (matches with none are absent). */
export async function countUnreadByMatch(tenant: Reader, matchIds: readonly string[]): Promise<Map<string, number>> {
  if (!matchIds.length) return new Map();
  const scope = matchScopeSql(matchScope(tenant));
  const rows = await db.$queryRaw<{ match_id: string; unread: number }[]>`
    SELECT mm.match_id, count(*)::int AS unread
    FROM match_messages mm JOIN match_results mr ON mr.id = mm.match_id
    WHERE mr.id = ANY(${[...matchIds]}::uuid[]) AND ${scope} AND ${unreadCondition(tenant.user.id)}
    GROUP BY mm.match_id`;
  return new Map(rows.map((row) => [row.match_id, row.unread]));
}
