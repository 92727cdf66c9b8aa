import { formatAmount, formatSignedPct, varianceTone, type VarianceTone } from "./format-amount";

/** What a variance needs to be read honestly: it only covers the lines that have an actual. */
export type VarianceScope = {
  currency: string;
  variance: string | null;
  variancePct: string | null;
  lines: number;
  linesWithActual: number;
  /** The estimates of the lines with an actual (4-decimal string). */
  estimatedWithActual: string;
};

export type VarianceDescription = {
  tone: VarianceTone | null;
  /** "−177,500 (−9.3%)", or null before any line has an actual. */
  figure: string | null;
  /** "on the 4 lines with actuals (USD 1.9M estimated)". */
  scope: string;
  /** The whole sentence, for titles and screen readers. */
  sentence: string;
};

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** "-177500.0000" -> "−177,500"; cents stay when there are any. */
export function formatVarianceAmount(amount: string): string {
  const formatted = formatAmount(amount).replace(/\.00$/, "");
  return varianceTone(amount) === "over" ? `+${formatted}` : formatted;
}

/**
 * One wording for a budget variance wherever it is shown beside totals: the figure, and which
 * lines it covers with their estimate, so it is never read against the full budget.
 */
export function describeVariance(scope: VarianceScope): VarianceDescription {
  const { lines, linesWithActual } = scope;
  if (scope.variance === null || linesWithActual === 0) {
    const text = lines === 1 ? "the line has no actual amount yet" : `none of the ${lines} lines has an actual amount yet`;
    return { tone: null, figure: null, scope: text, sentence: `No variance yet: ${text}.` };
  }
  // A magnitude beside an exact figure: compact on purpose, so a float is precise enough.
  const basis = `${scope.currency} ${compact.format(Number(scope.estimatedWithActual))} estimated`;
  const which =
    linesWithActual === lines
      ? lines === 1
        ? "on the only line"
        : `on all ${lines} lines`
      : linesWithActual === 1
        ? "on the 1 line with an actual"
        : `on the ${linesWithActual} lines with actuals`;
  const figure = `${formatVarianceAmount(scope.variance)}${scope.variancePct === null ? "" : ` (${formatSignedPct(scope.variancePct)})`}`;
  const text = `${which} (${basis})`;
  return { tone: varianceTone(scope.variance), figure, scope: text, sentence: `Variance ${figure} ${text}.` };
}
