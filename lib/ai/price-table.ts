import { Prisma } from "@/lib/db/generated/client";

/** The model used when ANTHROPIC_MODEL is not set. */
export const DEFAULT_MODEL = "claude-sonnet-5-5";

/** Offline analysers: recorded as the model so every log and score says how it was computed. */
export const OFFLINE_MODEL = "offline-rules-v1";

/**
 * USD per million tokens [input, output], from Anthropic's public price list. Kept in code so a
 * cost is reproducible from a log row; an unknown model is priced as the most expensive one, so
 * budgets err on the safe side.
 */
const PRICE_PER_MTOK: Record<string, readonly [number, number]> = {
  // Sonnet 5.x and 4.6 are priced at the Sonnet tier ([3, 15]) until Anthropic's list says otherwise.
  "claude-sonnet-5-5": [3, 15],
  "claude-sonnet-5": [3, 15],
  "claude-sonnet-4-6": [3, 15],
  "claude-opus-4-1": [15, 75],
  "claude-opus-4-5": [5, 25],
  "claude-sonnet-4-5": [3, 15],
  "claude-sonnet-4": [3, 15],
  "claude-3-7-sonnet": [3, 15],
  "claude-haiku-4-5": [1, 5],
  "claude-3-5-haiku": [0.8, 4],
};
const FALLBACK_PRICE = [15, 75] as const;

/** Dated ids (claude-sonnet-4-5-20250929) are priced as their family. */
export function priceFor(model: string): readonly [number, number] {
  const family = Object.keys(PRICE_PER_MTOK)
    .filter((key) => model === key || model.startsWith(`${key}-`))
    .sort((a, b) => b.length - a.length)[0];
  return family ? PRICE_PER_MTOK[family] : FALLBACK_PRICE;
}

export function costUsd(model: string, tokensInput: number, tokensOutput: number): Prisma.Decimal {
  if (model.startsWith("offline-")) return new Prisma.Decimal(0);
  const [input, output] = priceFor(model);
  return new Prisma.Decimal(tokensInput).mul(input).add(new Prisma.Decimal(tokensOutput).mul(output)).div(1_000_000).toDecimalPlaces(6);
}

/** A deliberately high estimate of one call: ~3 characters a token, and the whole output allowance used. */
export function estimateCallCost(model: string, promptChars: number, maxOutputTokens: number): Prisma.Decimal {
  return costUsd(model, Math.ceil(promptChars / 3), maxOutputTokens);
}
