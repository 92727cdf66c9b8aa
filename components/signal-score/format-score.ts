/**
 * Every Signal Score figure (overall, dimension, history) reads with one decimal: "92.0", "73.1".
 * Scores are stored with two decimals; halves round up as a person would (73.05 is "73.1", where
 * toFixed would read the float 73.0499… and say "73.0").
 */
export function formatScore(score: number): string {
  return (Math.round(score * 10) / 10).toFixed(1);
}
