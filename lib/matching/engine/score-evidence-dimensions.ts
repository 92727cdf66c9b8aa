import { scoreBand } from "@/lib/signal-score/score-band";
import { scoreText } from "./describe-words";
import type { DimensionResult } from "./score-fit-dimensions";

/** Points lost per ESG point below the mandate's minimum. */
const ESG_SHORTFALL_PENALTY = 5;
/** No ESG score to check a minimum against: unknown, not failed. */
const ESG_UNKNOWN_SCORE = 30;
/** No completed Signal Score: the project's evidence is unproven. */
const EVIDENCE_UNKNOWN_SCORE = 10;

export function esgScore(esg: number | null, minimum: number | null): number {
  if (minimum === null) return 100;
  if (esg === null) return ESG_UNKNOWN_SCORE;
  if (esg >= minimum) return 100;
  return Math.max(0, Math.round(100 - ESG_SHORTFALL_PENALTY * (minimum - esg)));
}

export function scoreEsg(esg: number | null, minimum: number | null): DimensionResult {
  const score = esgScore(esg, minimum);
  if (minimum === null) {
    return { score, reason: esg === null ? "The mandate sets no ESG minimum." : `The mandate sets no ESG minimum; the project's ESG score is ${scoreText(esg)}.` };
  }
  if (esg === null) return { score, reason: `No ESG score yet, so the mandate's minimum of ${scoreText(minimum)} cannot be checked.` };
  if (esg >= minimum) return { score, reason: `ESG score ${scoreText(esg)} meets the mandate's minimum of ${scoreText(minimum)}.` };
  return { score, reason: `ESG score ${scoreText(esg)} is ${scoreText(minimum - esg)} points below the mandate's minimum of ${scoreText(minimum)}.` };
}

export function evidenceScore(signalScore: number | null): number {
  return signalScore === null ? EVIDENCE_UNKNOWN_SCORE : Math.max(0, Math.min(100, Math.round(signalScore)));
}

export function scoreEvidence(signalScore: number | null): DimensionResult {
  const score = evidenceScore(signalScore);
  if (signalScore === null) return { score, reason: "No completed Signal Score yet: the project's evidence is unproven." };
  return { score, reason: `Signal Score ${score} (${scoreBand(signalScore).label.toLowerCase()}) on its latest completed version.` };
}
