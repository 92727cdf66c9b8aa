import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getMatchOrThrow } from "./get-match-or-throw";
import { type MatchMessageDto, toMatchMessageDto } from "./to-match-message-dto";

/** The latest messages of a thread shown at once; older ones are counted, not loaded. */
export const MATCH_THREAD_SHOWN = 100;

export type MatchThread = { messages: MatchMessageDto[]; earlier: number };

/** The thread of a match the tenant may see, oldest first, bounded to its latest messages. */
export async function listMatchMessages(tenant: Pick<TenantContext, "org" | "user">, matchId: string): Promise<MatchThread> {
  const { match } = await getMatchOrThrow(tenant, matchId);
  const [total, rows] = await Promise.all([
    db.matchMessage.count({ where: { matchId: match.id } }),
    db.matchMessage.findMany({
      where: { matchId: match.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MATCH_THREAD_SHOWN,
      include: { sender: { select: { fullName: true, orgId: true } } },
    }),
  ]);
  return { messages: rows.reverse().map((row) => toMatchMessageDto(row, tenant.user.id, { orgId: tenant.org.id })), earlier: Math.max(0, total - rows.length) };
}
