import { cleanSearchText } from "@/lib/utils/free-text";

/** How many values one facet takes from a URL: more is a hand-made link, not a person's choice. */
const MAX_FACET_VALUES = 50;

type Raw = string | string[] | undefined;

/** A value as a notice quotes it: no control characters, and short however long the input. */
export function quoted(value: string): string {
  const clean = cleanSearchText(value).trim();
  return `"${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}"`;
}

/** The first value of a parameter that was given more than once. */
export function readSingle(raw: Raw): string | undefined {
  return (Array.isArray(raw) ? raw[0] : raw)?.trim();
}

/** Repeated parameters or comma lists, upper-cased and deduplicated; values that fail `isValid` are dropped with a notice. */
export function readList(raw: Raw, isValid: (value: string) => boolean, label: string, notices: string[]): string[] {
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((value) => value.split(","));
  const kept = new Set<string>();
  for (const value of values) {
    const code = value.trim().toUpperCase();
    if (!code || kept.has(code)) continue;
    if (!isValid(code)) notices.push(`Unknown ${label} ${quoted(value)} was ignored.`);
    else kept.add(code);
  }
  const list = [...kept];
  if (list.length <= MAX_FACET_VALUES) return list;
  notices.push(`Only the first ${MAX_FACET_VALUES} values of ${label} were used.`);
  return list.slice(0, MAX_FACET_VALUES);
}

const YES = ["1", "true", "on", "yes"];
const NO = ["", "0", "false", "off", "no"];

export function readFlag(raw: Raw, label: string, notices: string[]): boolean {
  const value = readSingle(raw)?.toLowerCase();
  if (value === undefined || NO.includes(value)) return false;
  if (YES.includes(value)) return true;
  notices.push(`${quoted(value)} is not a yes or no: "${label}" was left off.`);
  return false;
}

type RangeLimits = { label: string; decimals: number; max: number };

function readBound(raw: Raw, bound: "minimum" | "maximum", limits: RangeLimits, notices: string[]): number | null {
  const text = readSingle(raw)?.replace(/[\s,_]/g, "");
  if (!text) return null;
  if (!/^\d+(\.\d+)?$/.test(text)) {
    notices.push(`${quoted(readSingle(raw) ?? "")} is not a valid ${bound} ${limits.label} and was ignored.`);
    return null;
  }
  const scale = 10 ** limits.decimals;
  const value = Math.round(Number(text) * scale) / scale;
  if (value <= limits.max) return value;
  notices.push(`The ${bound} ${limits.label} was lowered to ${limits.max}, the highest there is.`);
  return limits.max;
}

/** A min/max pair; empty inputs (a GET form's blank fields) mean "no bound" and say nothing. */
export function readRange(params: Record<string, Raw>, names: readonly [string, string], limits: RangeLimits, notices: string[]) {
  const min = readBound(params[names[0]], "minimum", limits, notices);
  const max = readBound(params[names[1]], "maximum", limits, notices);
  if (min !== null && max !== null && min > max) {
    notices.push(`Minimum above maximum: the ${limits.label} range was swapped.`);
    return { min: max, max: min };
  }
  return { min, max };
}
