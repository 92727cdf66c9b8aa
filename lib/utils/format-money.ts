/**
 * Formats a decimal string amount in its currency without passing it through arithmetic: the
 * integer part is grouped as text, so 4-decimal money is shown exactly as stored (rounded to cents).
 */
export function formatMoney(amount: string, currency: string, options: { compact?: boolean } = {}): string {
  if (options.compact) {
    return new Intl.NumberFormat("en", { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 }).format(Number(amount));
  }
  const [whole, fraction = ""] = amount.split(".");
  const cents = (fraction + "00").slice(0, 2);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${currency} ${grouped}${cents === "00" ? "" : `.${cents}`}`;
}
