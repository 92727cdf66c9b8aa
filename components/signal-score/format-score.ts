/** Every Signal Score figure (overall, dimension, history) reads with one decimal: "92.0", "86.5". */
export function formatScore(score: number): string {
  return score.toFixed(1);
}
