const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "30 Jun 2027" from an ISO date or timestamp, in UTC so server and browser render the same text. */
export function formatListDate(iso: string | null): string {
  return iso ? dateFormat.format(new Date(iso)) : "";
}

/** "40.5" from the stored "40.5000": trailing zeros of a decimal string, dropped as text. */
export function trimDecimal(value: string): string {
  return value.includes(".") ? value.replace(/0+$/, "").replace(/\.$/, "") : value;
}
