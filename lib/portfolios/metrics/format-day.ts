/** The first and last day PostgreSQL's to_char(date, 'YYYY-MM-DD') prints as ten characters (years 0001 to 9999), as days since 1970-01-01. */
export const FIRST_PRINTABLE_DAY = -719_162;
export const LAST_PRINTABLE_DAY = 2_932_896;

/**
 * A day since 1970-01-01 as "YYYY-MM-DD", what to_char(date, 'YYYY-MM-DD') and Date#toISOString
 * print for it between FIRST_PRINTABLE_DAY and LAST_PRINTABLE_DAY (H. Hinnant's civil_from_days,
 * the inverse of parse-flows.ts' daysFromCivil).
 */
export function formatDay(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}
