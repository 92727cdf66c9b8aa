/** Messages by field path ("name", "dimensionWeights.esg", "projectTypes.1"), as the mandate actions return them. */
export type MandateFieldErrors = Record<string, string[] | undefined>;

/** The first message for a field or anything under it: a list's bad item ("projectTypes.1") shows at the list. */
export function fieldError(errors: MandateFieldErrors, key: string): string | undefined {
  if (errors[key]?.length) return errors[key]![0];
  const nested = Object.keys(errors).find((path) => path.startsWith(`${key}.`) && errors[path]?.length);
  return nested ? errors[nested]![0] : undefined;
}
