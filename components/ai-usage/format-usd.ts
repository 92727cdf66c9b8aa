/**
 * A USD amount from a decimal string, rounded half-up as text (no float): cents for amounts of a
 * dollar or more, four places below that, so a USD 0.0042 call does not read as zero.
 */
export function formatUsd(amount: string): string {
  const negative = amount.trim().startsWith("-");
  const [whole, fraction = ""] = amount.trim().replace(/^-/, "").split(".");
  const places = whole.replace(/^0+/, "") === "" ? 4 : 2;
  const scaled = BigInt(whole || "0") * 10n ** BigInt(places) + BigInt((fraction + "0".repeat(places)).slice(0, places) || "0");
  const rounded = scaled + (Number(fraction[places] ?? "0") >= 5 ? 1n : 0n);
  const text = rounded.toString().padStart(places + 1, "0");
  const intPart = text.slice(0, -places).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const decimals = text.slice(-places);
  return `${negative ? "-" : ""}$${intPart}.${places === 4 && rounded === 0n ? "00" : decimals}`;
}
