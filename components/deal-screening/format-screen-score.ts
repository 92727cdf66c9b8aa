/** A screen's score as shown; a screen without enough evidence has none. */
export function formatScreenScore(score: number | null): string {
  return score === null ? "No score" : `${Number.isInteger(score) ? score : score.toFixed(1)} / 100`;
}
