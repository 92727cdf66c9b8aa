import "server-only";
import countries from "i18n-iso-countries";
import { CURRENCY_CODES } from "./schemas";

export type CountryOption = { code: string; name: string };
export type CurrencyOption = { code: string; name: string };

/** Shown first in the currency select: what project finance here is mostly raised in. */
const COMMON_CURRENCIES = ["USD", "EUR", "GBP", "CHF", "JPY", "CNY", "INR", "KES", "NGN", "ZAR", "BRL", "MXN", "CAD", "AUD"];

/**
 * The pickers' options, built on the server from the same lists the schemas validate against
 * (i18n-iso-countries for ISO 3166, Intl for ISO 4217), so the browser never ships the tables.
 */
export function getProjectFormOptions() {
  const names = countries.getNames("en", { select: "official" });
  const countryOptions: CountryOption[] = Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));

  const displayNames = new Intl.DisplayNames(["en"], { type: "currency" });
  const currency = (code: string): CurrencyOption => ({ code, name: displayNames.of(code) ?? code });
  const all = CURRENCY_CODES.map(currency);
  return {
    countries: countryOptions,
    currencies: {
      common: COMMON_CURRENCIES.filter((code) => CURRENCY_CODES.includes(code)).map(currency),
      all,
    },
  };
}
export type ProjectFormOptions = ReturnType<typeof getProjectFormOptions>;
