/** What a failure leaves behind: the older score that still stands, or nothing yet. */
export function afterFailure(failedVersion: number, lastCompletedVersion: number | null): string {
  if (lastCompletedVersion !== null) return `Version ${lastCompletedVersion}, shown below, is still the current score.`;
  if (failedVersion === 1) return "There is no score yet: run it again.";
  return "No version has completed yet: run it again.";
}
