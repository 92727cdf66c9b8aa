/**
 * The shapes a deal screen is made of, zod-free so client components and the seed share them.
 * A claim is one sentence with the numbers of the sources ([n], a data-room page) it rests on.
 */
export type ScreenClaim = { text: string; citations: number[] };

export const DEAL_RECOMMENDATIONS = ["PASS", "REVIEW", "REJECT"] as const;
export type DealRecommendationValue = (typeof DEAL_RECOMMENDATIONS)[number];

/** One page of a PUBLIC listed document, numbered for the screen to cite. */
export type ScreenSource = { n: number; documentId: string; documentName: string; page: number; excerpt: string; factKey: string };

/** Everything a screen may rest on: the listing's facts and what the investor may open of the data room. */
export type ScreenEvidence = {
  project: { id: string; name: string; typeLabel: string; country: string; capacityMw: string | null; raise: string; stage: string };
  /** PUBLIC listed documents whose text was read (the screen's document inputs). */
  documents: { id: string; name: string }[];
  sources: ScreenSource[];
  /** The developer's latest completed Signal Score, when the listing shows it. */
  signalScore: { id: string; overall: number } | null;
  /** The listing's milestones and budget, when the ally shows them. */
  record: ListingRecord;
};

export type ListingRecord = { milestones: { total: number; completed: number; delayed: number } | null; budgetTotal: string | null };

export type ScreenOutput = {
  recommendation: DealRecommendationValue;
  /** 0-100; null when the evidence is insufficient to score (no readable public document). */
  overallScore: number | null;
  rationale: string;
  keyStrengths: ScreenClaim[];
  keyRisks: ScreenClaim[];
  nextSteps: ScreenClaim[];
};

export const INSUFFICIENT_EVIDENCE = "Insufficient evidence";

/** Stored claims: this feature writes {text, citations}; screens written before it hold plain strings. */
export function readClaims(value: unknown): ScreenClaim[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): ScreenClaim[] => {
    if (typeof item === "string") return [{ text: item, citations: [] }];
    if (item && typeof item === "object" && typeof (item as ScreenClaim).text === "string") {
      const citations = Array.isArray((item as ScreenClaim).citations) ? (item as ScreenClaim).citations.filter((n) => Number.isInteger(n)) : [];
      return [{ text: (item as ScreenClaim).text, citations }];
    }
    return [];
  });
}
