import { isoDay } from "@/lib/fx/fx-table";

/**
 * The accepted dates: ISO text (2024-03-02) and a workbook's date cells (or their serial numbers).
 * Day-first or month-first text (02/03/2024) is refused, as it reads two ways; the message gives
 * the ISO form when only one reading is a real date.
 */
export type ParsedDate = { value: string | null } | { error: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** Excel's serial day numbers for 1900-03-01 .. 9999-12-31; day 0 is 1899-12-30. */
const SERIAL_MIN = 61;
const SERIAL_MAX = 2_958_465;

const realDay = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? isoDay(date) : null;
};

export function parseImportDate(value: string | number | Date | null): ParsedDate {
  if (value === null) return { value: null };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: "Not a date." } : { value: isoDay(value) };
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < SERIAL_MIN || value > SERIAL_MAX) return { error: `${value} is not a date: write dates as YYYY-MM-DD.` };
    return { value: isoDay(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000)) };
  }
  const text = value.trim();
  if (text === "") return { value: null };
  const iso = ISO.exec(text);
  if (iso) {
    const day = realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return day ? { value: day } : { error: `${text} is not a real date.` };
  }
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const [a, b, y] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    const dayFirst = realDay(y, b, a);
    const monthFirst = realDay(y, a, b);
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return { error: `"${text}" could be ${dayFirst} or ${monthFirst}: write dates as YYYY-MM-DD.` };
    const only = dayFirst ?? monthFirst;
    return { error: only ? `Write dates as YYYY-MM-DD (${only}), not "${text}".` : `"${text}" is not a date: write dates as YYYY-MM-DD.` };
  }
  return { error: `"${text}" is not a date: write dates as YYYY-MM-DD.` };
}
