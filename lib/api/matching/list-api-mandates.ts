import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { matchingAccess } from "@/lib/matching/access";
import type { MandateListRow } from "@/lib/matching/mandates/list-mandates";
import { toMandateDto } from "@/lib/matching/mandates/to-mandate-dto";
import { assertApiFeature } from "../assert-api-feature";
import { afterCursor, decodeCursor, toKeysetPage } from "../keyset-cursor";

/**
 * The org's mandates, newest first by keyset (the mandates page orders by activity and name, which
 * a cursor could not hold still), each with its match count and best score counted in the
 * database as the page counts them. Investors only.
 */
export async function listApiMandates(actor: ApiKeyActor, query: { cursor?: string; limit: number }): Promise<{ data: MandateListRow[]; nextCursor: string | null }> {
  await assertApiFeature(actor, matchingAccess.readMandates);
  const where = { orgId: actor.org.id };
  const rows = await db.investorMandate.findMany({
    where: query.cursor ? { AND: [where, afterCursor(decodeCursor(query.cursor))] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const { page, nextCursor } = toKeysetPage(rows, query.limit);
  const stats = page.length
    ? await db.matchResult.groupBy({
        by: ["mandateId"],
        where: { investorOrgId: actor.org.id, mandateId: { in: page.map((mandate) => mandate.id) } },
        _count: { _all: true },
        _max: { overallScore: true },
      })
    : [];
  const byMandate = new Map(stats.map((row) => [row.mandateId, row]));
  const data = page.map((mandate) => {
    const stat = byMandate.get(mandate.id);
    return { ...toMandateDto(mandate), matchCount: stat?._count._all ?? 0, bestScore: stat?._max.overallScore ?? null };
  });
  return { data, nextCursor };
}
