/**
 * PostgreSQL text cannot hold a NUL byte: one that reaches a query fails the whole request with a
 * 500. Names and notes refuse it with a message (the person can see and fix what they typed, and
 * nothing is stored that differs from what they sent); search terms simply drop it.
 */
export const NUL_MESSAGE = "Remove the invisible control character (NUL) from this text.";

export const hasNoNul = (value: string) => !value.includes("\u0000");

/** For search boxes and other input that is read, never stored: control characters become spaces. */
export function cleanSearchText(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ");
}
