import type { MatchBreakdown, MatchDimensionScore } from "./match-breakdown";

/**
 * A breakdown as PostgreSQL prints the stored jsonb (`score_breakdown::text`): keys ordered by
 * length, then bytes; ", " and ": " between items; strings escaped as JSON.stringify does
 * (PostgreSQL's escape_json escapes the same characters the same way). md5 of this equals
 * md5(score_breakdown::text), so a rescore skips rows it would not change, at a tenth of the cost
 * of a generic serializer on a million pairs. Were the two ever to differ, rows would be
 * rewritten unchanged: slower, never wrong. tests/integration/matching-rescore.test.ts compares
 * them on stored rows.
 */
export function breakdownJsonbText(breakdown: MatchBreakdown): string {
  const d = breakdown.dimensions;
  const fx = breakdown.fx
    ? `{"to": ${str(breakdown.fx.to)}, "from": ${str(breakdown.fx.from)}, "rate": ${str(breakdown.fx.rate)}, "source": ${str(breakdown.fx.source)}, "rateDate": ${str(breakdown.fx.rateDate)}}`
    : "null";
  const dimensions = `{"esg": ${dimension(d.esg)}, "stage": ${dimension(d.stage)}, "sector": ${dimension(d.sector)}, "evidence": ${dimension(d.evidence)}, "deal_size": ${dimension(d.deal_size)}, "geography": ${dimension(d.geography)}}`;
  return `{"fx": ${fx}, "version": ${breakdown.version}, "dimensions": ${dimensions}, "excludedBy": ${nullable(breakdown.excludedBy)}, "missingRate": ${nullable(breakdown.missingRate)}}`;
}

const str = (value: string) => JSON.stringify(value);
const nullable = (value: string | null) => (value === null ? "null" : str(value));

function dimension(score: MatchDimensionScore): string {
  return `{"score": ${score.score}, "points": ${score.points}, "reason": ${str(score.reason)}, "weight": ${score.weight}}`;
}
