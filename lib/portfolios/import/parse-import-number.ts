/**
 * Numbers typed into a CSV, in either convention: "1,234.56" (dot decimals) or "1.234,56" (comma
 * decimals), with spaces as thousands separators in both. One column must keep to one convention:
 * a cell like "1,234" reads 1234 or 1.234 depending on it, so the column's unambiguous cells decide,
 * a cell in the other convention is an error, and an ambiguous cell with nothing to decide it is an
 * error too (a factor of 1,000 in a capital call is worse than a question).
 */
export type DecimalStyle = "dot" | "comma";
export type NumberReading =
  | { kind: "plain"; value: string }
  | { kind: "styled"; style: DecimalStyle; value: string }
  | { kind: "ambiguous"; dot: string; comma: string }
  | { kind: "invalid" };

const DOT_STYLE = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const COMMA_STYLE = /^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const SPACES = /[ \u00a0\u202f\u2009]/g;

export function readNumberText(input: string): NumberReading {
  const text = input.trim().replace(SPACES, "");
  const sign = text.startsWith("-") ? "-" : "";
  const body = text.replace(/^[-+]/, "");
  if (/^\d+$/.test(body)) return { kind: "plain", value: `${sign}${body}` };
  const dot = DOT_STYLE.test(body) ? `${sign}${body.replaceAll(",", "")}` : null;
  const comma = COMMA_STYLE.test(body) ? `${sign}${body.replaceAll(".", "").replace(",", ".")}` : null;
  if (dot !== null && comma !== null) return { kind: "ambiguous", dot, comma };
  if (dot !== null) return { kind: "styled", style: "dot", value: dot };
  if (comma !== null) return { kind: "styled", style: "comma", value: comma };
  return { kind: "invalid" };
}

/** A number cell of a workbook as a decimal string; float noise past 4 places (0.1 + 0.2) is what the sheet shows rounded. */
export function numberCellText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const rounded = Math.round(value * 1e4) / 1e4;
  if (Math.abs(rounded - value) > 1e-9 * Math.max(1, Math.abs(value))) return String(value);
  const fixed = rounded.toFixed(4);
  return fixed.replace(/0+$/, "").replace(/\.$/, "");
}

export type NumberCell = { row: number; value: string | number | null };
export type ParsedNumber = { value: string | null } | { error: string };

const STYLE_NAMES: Record<DecimalStyle, string> = { dot: "a dot for decimals", comma: "a comma for decimals" };

/** Every cell of one column, read under the convention its unambiguous cells agree on. */
export function parseNumberColumn(cells: readonly NumberCell[]): { values: Map<number, ParsedNumber>; style: DecimalStyle | null } {
  const readings = cells.map((cell) => ({ cell, reading: typeof cell.value === "string" && cell.value.trim() !== "" ? readNumberText(cell.value) : null }));
  const first = readings.find((r) => r.reading?.kind === "styled");
  const style = first?.reading?.kind === "styled" ? first.reading.style : null;
  const values = new Map<number, ParsedNumber>();
  for (const { cell, reading } of readings) {
    if (typeof cell.value === "number") {
      const text = numberCellText(cell.value);
      values.set(cell.row, text === null ? { error: "Not a number." } : { value: text });
    } else if (reading === null) values.set(cell.row, { value: null });
    else if (reading.kind === "invalid") values.set(cell.row, { error: `"${cell.value}" is not a number: write digits, with "." or "," for decimals (1250000.50).` });
    else if (reading.kind === "plain") values.set(cell.row, { value: reading.value });
    else if (reading.kind === "styled") {
      values.set(
        cell.row,
        reading.style === style
          ? { value: reading.value }
          : {
              error: `Mixed decimal separators: "${cell.value}" uses ${STYLE_NAMES[reading.style]}, but "${first!.cell.value}" (row ${first!.cell.row}) uses ${STYLE_NAMES[style!]}. Use one convention in the whole column.`,
            },
      );
    } else if (style) values.set(cell.row, { value: style === "dot" ? reading.dot : reading.comma });
    else
      values.set(cell.row, {
        error: `"${cell.value}" is ambiguous: ${reading.dot} or ${reading.comma}? Nothing else in the column shows which separator marks decimals: write it without a thousands separator.`,
      });
  }
  return { values, style };
}
