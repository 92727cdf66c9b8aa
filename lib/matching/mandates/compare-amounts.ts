/** Scales a non-negative decimal string (up to 4 places) to an exact integer of ten-thousandths. */
function toTenThousandths(amount: string): bigint {
  const [whole, fraction = ""] = amount.split(".");
  return BigInt(`${whole}${fraction.padEnd(4, "0").slice(0, 4)}`);
}

/** Compares two non-negative decimal strings exactly (no floats): negative, zero or positive, like a sort comparator. */
export function compareAmounts(a: string, b: string): number {
  const difference = toTenThousandths(a) - toTenThousandths(b);
  return difference === 0n ? 0 : difference > 0n ? 1 : -1;
}

/** "5000000" -> "5000000.0000": the form in which the database returns a Decimal(19, 4), so a stored and a typed value compare equal. */
export function toFourPlaces(amount: string): string {
  const [whole, fraction = ""] = amount.split(".");
  return `${whole.replace(/^0+(?=\d)/, "")}.${fraction.padEnd(4, "0")}`;
}
