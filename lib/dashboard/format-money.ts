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
