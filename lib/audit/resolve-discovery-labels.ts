import { db } from "@/lib/db/client";
import { ratedKind } from "./audit-sentences";
import { idsOf, ifAny, type LabelledRow, sides, str } from "./audit-row-refs";

export type DiscoveryLabels = { names: Map<string, string>; projectOf: Map<string, string> };

/** Match ids a rating names: ai_feedback.created records what it rates as entityType/entityId. */
function ratedMatchIds(rows: LabelledRow[]): string[] {
  return rows.flatMap((row) => sides(row.changes).flatMap((side) => (side.entityType === "MatchResult" && str(side.entityId) ? [String(side.entityId)] : [])));
}

/**
 * Names for the investor-discovery entries, one query per kind present: a mandate by its name
 * (the reader's own, or one an investor made discoverable, whose name every ally sees); a match
 * by its project, for either org of the match; a saved search by its name; a rating by what it
 * rates ("the match for Turkana Solar Park").
 */
export async function resolveDiscoveryLabels(orgId: string, rows: LabelledRow[]): Promise<DiscoveryLabels> {
  const feedback = await ifAny(idsOf(rows, "AiFeedback"), (ids) =>
    db.aiFeedback.findMany({ where: { id: { in: ids }, orgId }, select: { id: true, entityType: true, entityId: true } }),
  );
  const matchIds = [...idsOf(rows, "MatchResult"), ...ratedMatchIds(rows), ...feedback.filter((f) => f.entityType === "MatchResult").map((f) => f.entityId)];
  const [mandates, matches, savedSearches] = await Promise.all([
    ifAny(idsOf(rows, "InvestorMandate", "mandateId"), (ids) =>
      db.investorMandate.findMany({ where: { id: { in: ids }, OR: [{ orgId }, { isDiscoverable: true, isActive: true }] }, select: { id: true, name: true } }),
    ),
    ifAny([...new Set(matchIds)], (ids) =>
      db.matchResult.findMany({
        where: { id: { in: ids }, OR: [{ investorOrgId: orgId }, { allyOrgId: orgId }] },
        select: { id: true, projectId: true, project: { select: { name: true } } },
      }),
    ),
    ifAny(idsOf(rows, "SavedSearch"), (ids) => db.savedSearch.findMany({ where: { id: { in: ids }, orgId }, select: { id: true, name: true } })),
  ]);
  const names = new Map<string, string>();
  const projectOf = new Map<string, string>();
  mandates.forEach((m) => names.set(m.id, m.name));
  savedSearches.forEach((s) => names.set(s.id, s.name));
  for (const match of matches) {
    names.set(match.id, match.project.name);
    projectOf.set(match.id, match.projectId);
  }
  for (const rating of feedback) {
    const match = rating.entityType === "MatchResult" ? names.get(rating.entityId) : undefined;
    names.set(rating.id, match ? `the match for ${match}` : ratedKind(rating.entityType));
  }
  return { names, projectOf };
}
