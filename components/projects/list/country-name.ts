const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** "Kenya" for KE. Called on the server only, so the browser never re-renders a different spelling. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
