/** Midnight UTC of the given instant: DATE columns compare against it. */
export function startOfUtcDay(at = new Date()): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
