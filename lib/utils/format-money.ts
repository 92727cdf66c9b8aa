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
  return format(amount, currency, { notation: "compact", maximumFractionDigits: 1 });
}

export function formatMoneyExact(amount: string, currency: string): string {
  return format(amount, currency, { maximumFractionDigits: 2 });
}

function format(amount: string, currency: string, options: Intl.NumberFormatOptions): string {
  const value = Number(amount);
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, currencyDisplay: "narrowSymbol", ...options }).format(value);
  } catch {
    // An ISO code Intl does not know still reads fine as "1.2M XYZ".
    return `${new Intl.NumberFormat("en-US", { ...options }).format(value)} ${currency}`;
  }
}
