/** The ISO 4217 codes the runtime knows, for the currency pickers (the server checks the same list). */
export function currencyOptions(): string[] {
  return Intl.supportedValuesOf("currency");
}
