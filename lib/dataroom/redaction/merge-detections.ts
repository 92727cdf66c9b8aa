import type { PiiDetection } from "./detect-pii";

const overlaps = (a: PiiDetection, b: PiiDetection) => a.page === b.page && a.start < b.end && a.end > b.start;

/**
 * The rule detections plus the AI detections that overlap none of them, in reading order.
 *
 * On an overlap the rule detection wins, whatever the confidences say: a rule's span is exact and
 * often validated (IBAN check digits, SSN blocks), while the model's confidence is self-reported
 * and not on the same scale as the rules'; and keeping the rule's entry keeps detection ids the
 * same whether or not a model is configured. Between overlapping AI detections the more confident
 * one stays (the longer one on a tie, since it redacts more).
 */
export function mergeDetections(rules: PiiDetection[], ai: PiiDetection[]): PiiDetection[] {
  const kept: PiiDetection[] = [...rules];
  const candidates = [...ai].sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.page - b.page || a.start - b.start);
  for (const candidate of candidates) {
    if (!kept.some((k) => overlaps(k, candidate))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.page - b.page || a.start - b.start);
}
