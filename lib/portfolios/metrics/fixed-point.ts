/**
 * Money in 4-place fixed point, as the ledger stores it (NUMERIC(19,4)): an amount is an integer
 * count of 0.0001s, summed exactly. The figures it gives are the ones Prisma.Decimal gave on the same
 * amounts, to the character (tests/unit/portfolio-fixed-point.test.ts checks them against it).
 */

/** Units per 1: an amount of 12.5 is 125,000 units. */
export const UNITS_PER_ONE = 10_000;
const PLACES = 4;

/**
 * "-1234.5600" (what PostgreSQL prints for NUMERIC(19,4)) as units, or NaN when the text is not
 * a plain decimal of at most 4 places (an exponent, a sign other than "-", spaces) or its units do
 * not fit a double exactly (beyond 2^53 units, ~900 billion): such a ledger takes the Decimal path.
 * A "-0" stays -0, as Prisma.Decimal keeps it.
 */
export function parseUnits(text: string): number {
  const length = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  const start = i;
  let units = 0;
  for (; i < length; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    units = units * 10 + digit;
  }
  if (i === start || units > MAX_WHOLE) return Number.NaN;
  let places = 0;
  if (i < length) {
    if (text.charCodeAt(i) !== 46 || i === length - 1 || length - i - 1 > PLACES) return Number.NaN;
    for (i += 1; i < length; i += 1) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return Number.NaN;
      units = units * 10 + digit;
      places += 1;
    }
  }
  units *= SCALE_UP[places]!;
  return negative ? -units : units;
}

const SCALE_UP = [10_000, 1_000, 100, 10, 1];
/** The largest whole part whose units (with any 4 places) stay within 2^53. */
const MAX_WHOLE = Math.floor((Number.MAX_SAFE_INTEGER - 9_999) / UNITS_PER_ONE);

/** Units as the amount's double: what Prisma.Decimal's toNumber() gives for the same amount (one correctly rounded division of two exact doubles). */
export function unitsToNumber(units: number | bigint): number {
  if (typeof units === "number") return units / UNITS_PER_ONE;
  return units >= -MAX_SAFE && units <= MAX_SAFE ? Number(units) / UNITS_PER_ONE : Number(formatUnits(units));
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Units as Decimal's toFixed(4) prints the amount: "-1234.5600", "0.0000" for either zero. */
export function formatUnits(units: number | bigint): string {
  const negative = units < 0;
  const digits = (negative ? -units : units).toString().padStart(PLACES + 1, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -PLACES)}.${digits.slice(-PLACES)}`;
}

/**
 * numerator / denominator as Prisma.Decimal prints `new Decimal(n).dividedBy(d).toFixed(4)` for two
 * amounts in units (denominator > 0): the quotient rounded to 20 significant digits, half away from
 * zero (Decimal's precision and rounding), then to 4 places the same way, a negative that rounds
 * to zero keeping its "-". Exact for amounts of up to 20 digits, which Decimal holds exactly.
 */
export function formatRatio(numerator: bigint, denominator: bigint): string {
  if (numerator === 0n) return "0.0000";
  const negative = numerator < 0n;
  const top = negative ? -numerator : numerator;
  // The quotient's decimal exponent: 10^exponent <= top / denominator < 10^(exponent + 1).
  let exponent = top.toString().length - denominator.toString().length;
  if (exponent >= 0 ? top < denominator * 10n ** BigInt(exponent) : top * 10n ** BigInt(-exponent) < denominator) exponent -= 1;
  // Its 20 significant digits, as an integer count of 10^-shift.
  const shift = SIGNIFICANT_DIGITS - 1 - exponent;
  const significant = shift >= 0 ? roundHalfUp(top * 10n ** BigInt(shift), denominator) : roundHalfUp(top, denominator * 10n ** BigInt(-shift));
  const fixed = shift <= PLACES ? significant * 10n ** BigInt(PLACES - shift) : roundHalfUp(significant, 10n ** BigInt(shift - PLACES));
  return `${negative ? "-" : ""}${formatUnits(fixed)}`;
}

/** Prisma.Decimal's default precision. */
const SIGNIFICANT_DIGITS = 20;

/** a / b for a >= 0, b > 0, rounded half up. */
const roundHalfUp = (a: bigint, b: bigint) => (2n * a + b) / (2n * b);
