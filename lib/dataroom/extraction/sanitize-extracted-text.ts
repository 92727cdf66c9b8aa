/**
 * PostgreSQL text cannot hold NUL, and search uses two control characters as highlight markers:
 * extracted text keeps only tabs and newlines among the control characters.
 */
export function sanitizeExtractedText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
}
