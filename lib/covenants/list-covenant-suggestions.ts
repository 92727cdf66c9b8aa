import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { readClaims } from "@/lib/deal-screening/screen-claims";
import type { MemoSection } from "@/lib/investment-memos/memo-sections";
import { type CovenantDraft, suggestCovenant } from "./suggest-covenant";

export type CovenantSuggestion = { origin: "Screening risk" | "Memo assumption"; text: string; draft: CovenantDraft };

const MEMO_SECTIONS_READ = new Set(["risks", "financials"]);
const bullet = /^\s*[-*]\s+(.+)$/;

/**
 * What the org's own diligence said about the project, ready to become covenants: the key risks of
 * its latest completed screen and the bullet points of its latest memo's risks and financials.
 */
export async function listCovenantSuggestions(scope: Pick<TenantContext, "org">, projectId: string): Promise<CovenantSuggestion[]> {
  const [screen, memo] = await Promise.all([
    db.dealScreen.findFirst({ where: { orgId: scope.org.id, projectId, status: "COMPLETED" }, select: { keyRisks: true } }),
    db.investmentMemo.findFirst({ where: { orgId: scope.org.id, projectId }, orderBy: { updatedAt: "desc" }, select: { sections: true } }),
  ]);
  const risks = readClaims(screen?.keyRisks ?? []).map((claim) => claim.text);
  const assumptions = ((memo?.sections ?? []) as MemoSection[])
    .filter((section) => MEMO_SECTIONS_READ.has(section.key))
    .flatMap((section) => section.markdown.split("\n").flatMap((line) => bullet.exec(line)?.[1] ?? []));
  const seen = new Set<string>();
  const suggestions: CovenantSuggestion[] = [];
  for (const [origin, texts] of [
    ["Screening risk", risks],
    ["Memo assumption", assumptions],
  ] as const) {
    for (const text of texts) {
      const draft = suggestCovenant(text);
      if (!draft.notes || seen.has(draft.notes)) continue;
      seen.add(draft.notes);
      suggestions.push({ origin, text: draft.notes, draft });
    }
  }
  return suggestions.slice(0, 12);
}
