/**
 * Exact decimal arithmetic for rates and money, on BigInt fixed point: a converted amount is a
 * decimal string like every other amount (CONTRIBUTING: money is never a float).
 */

/** "12.5" at 4 places -> 125000n. Accepts what Postgres prints for NUMERIC (optional sign, digits, dot). */
export function toScaled(text: string, places: number): bigint {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match || (match[2] === "" && !match[3])) throw new Error(`Not a decimal number: ${text}`);
  const [, sign, whole, fraction = ""] = match;
  const kept = fraction.slice(0, places).padEnd(places, "0");
  const dropped = fraction.slice(places);
  let scaled = BigInt(`${whole || "0"}${kept}`);
  if (dropped !== "" && dropped[0] >= "5") scaled += 1n;
  return sign === "-" ? -scaled : scaled;
}

/** 125000n at 4 places -> "12.5000". */
export function fromScaled(value: bigint, places: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative ? `-${text}` : text;
}

/** numerator / denominator, rounded half away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

const RATE_PLACES = 8;
const MONEY_PLACES = 4;

/**
 * Units of `to` per one `from`, from two quotes against the same base (units per one base):
 * toRate / fromRate, to the 8 places fx_rates stores.
 */
export function crossRateText(fromRate: string, toRate: string): string {
  const scale = 10n ** BigInt(RATE_PLACES);
  return fromScaled(divideRounded(toScaled(toRate, RATE_PLACES) * scale, toScaled(fromRate, RATE_PLACES)), RATE_PLACES);
}

/** amount x toRate / fromRate in one rounding, to 4 places (not through the rounded cross rate). */
export function convertAmountText(amount: string, fromRate: string, toRate: string): string {
  const product = toScaled(amount, MONEY_PLACES) * toScaled(toRate, RATE_PLACES);
  return fromScaled(divideRounded(product, toScaled(fromRate, RATE_PLACES)), MONEY_PLACES);
}
