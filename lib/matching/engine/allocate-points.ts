/**
 * Splits `total` whole points among parts whose exact shares are numerator / denominator (whole
 * numbers, so no float noise decides a tie): largest remainder. Each part gets its share rounded
 * down, and the points left go one each to the largest remainders, earlier parts first on a tie.
 * The parts then add up to `total` exactly.
 */
export function allocatePoints(numerators: readonly number[], denominator: number, total: number): number[] {
  const points = numerators.map((numerator) => Math.floor(numerator / denominator));
  let left = total - points.reduce((sum, value) => sum + value, 0);
  const order = numerators.map((numerator, index) => ({ index, remainder: numerator % denominator })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    points[index] += 1;
    left -= 1;
  }
  return points;
}
