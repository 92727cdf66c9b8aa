import { createBoundedCache } from "./bounded-cache";

/**
 * Formats a decimal string amount in its currency without passing it through arithmetic: the
 * integer part is grouped as text, so 4-decimal money is shown exactly as stored (rounded to cents).
 */
export function formatMoney(amount: string, currency: string, options: { compact?: boolean } = {}): string {
  if (options.compact) return formatMoneyCompact(amount, currency);
  const [whole, fraction = ""] = amount.split(".");
  const cents = `${fraction}00`.slice(0, 2);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${currency} ${grouped}${cents === "00" ? "" : `.${cents}`}`;
}

/**
 * "12500000.0000" EUR -> "€12.5M". Compact on purpose: dashboards compare magnitudes; the
 * exact figure goes in the title attribute (formatMoneyExact).
 */
export function formatMoneyCompact(amount: string, currency: string): string {
  return format(amount, currency, { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 });
}

export function formatMoneyExact(amount: string, currency: string): string {
  return format(amount, currency, { maximumFractionDigits: 2 });
}

// Building an Intl.NumberFormat costs ~70 µs, formatting with one ~1 µs: a dashboard of compact
// figures rebuilt them for every value of every request. One per currency and style, kept.
const formatters = createBoundedCache<string, Intl.NumberFormat | null>({ maxEntries: 500 });

function formatterFor(currency: string, options: Intl.NumberFormatOptions): Intl.NumberFormat | null {
  return formatters.getOrCreate(`${currency}|${options.notation ?? "standard"}|${options.maximumFractionDigits}`, () => {
    try {
      return new Intl.NumberFormat("en-US", { style: "currency", currency, currencyDisplay: "narrowSymbol", ...options });
    } catch {
      return null;
    }
  });
}

function format(amount: string, currency: string, options: Intl.NumberFormatOptions): string {
  const value = Number(amount);
  const formatter = formatterFor(currency, options);
  // An ISO code Intl does not know still reads fine as "1.2M XYZ".
  return formatter ? formatter.format(value) : `${new Intl.NumberFormat("en-US", { ...options }).format(value)} ${currency}`;
}
