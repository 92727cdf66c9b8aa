import countries from "i18n-iso-countries";
import { z } from "zod";
import { MATCH_DIMENSIONS, type MatchDimension } from "@/lib/matching/engine/match-dimensions";
import { PROJECT_STAGES, PROJECT_TYPES } from "@/lib/projects/project-options";
import { CURRENCY_CODES } from "@/lib/projects/schemas";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { INSTRUMENT_TYPES, MANDATE_LIMITS, RISK_TOLERANCES } from "./mandate-options";
import { compareAmounts } from "./compare-amounts";

const currencySet = new Set(CURRENCY_CODES);
const MONEY = /^\d{1,15}(\.\d{1,4})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;

/** Numbers arrive as typed (text from the form) or as numbers (JSON callers); both are read as text, never through a float. */
const numberText = z.union([z.string(), z.number()], "Enter a number.").transform((value) => String(value).trim().replace(/[,\s]/g, ""));

const unique = <T>(values: T[]) => [...new Set(values)];

function optionalAmount(label: string, pattern: RegExp, format: string) {
  return numberText
    .optional()
    .transform((value) => value || null)
    .superRefine((value, ctx) => {
      if (value === null) return;
      if (value.startsWith("-")) ctx.addIssue({ code: "custom", message: `${label} cannot be negative.` });
      else if (!pattern.test(value)) ctx.addIssue({ code: "custom", message: format });
    });
}

function countryCodes(what: string) {
  return z
    .array(z.string("Choose countries from the list.").trim().toUpperCase(), "Choose countries from the list.")
    .max(300, "Choose at most 300 countries.")
    .default([])
    .superRefine((codes, ctx) => {
      const unknown = codes.filter((code) => !/^[A-Z]{2}$/.test(code) || !countries.isValid(code));
      if (unknown.length === 0) return;
      const shown = unknown.slice(0, 3).map((code) => code.slice(0, 12));
      ctx.addIssue({
        code: "custom",
        message: `Unknown country code${unknown.length > 1 ? "s" : ""} in ${what}: ${shown.join(", ")}${unknown.length > 3 ? "…" : ""}. Choose countries from the list (ISO 3166-1 alpha-2, e.g. KE).`,
      });
    })
    .transform(unique);
}

const weight = numberText.transform((value, ctx) => {
  if (value.startsWith("-")) ctx.addIssue({ code: "custom", message: "A weight cannot be negative." });
  else if (!/^\d{1,3}$/.test(value) || Number(value) > 100) ctx.addIssue({ code: "custom", message: "Enter a whole number from 0 to 100." });
  else return Number(value);
  return z.NEVER;
});

const dimensionWeightsSchema = z
  .object(Object.fromEntries(MATCH_DIMENSIONS.map((dimension) => [dimension, weight])) as Record<MatchDimension, typeof weight>, "Give every dimension a weight.")
  .superRefine((weights, ctx) => {
    const total = MATCH_DIMENSIONS.reduce((sum, dimension) => sum + weights[dimension], 0);
    if (total !== 100) ctx.addIssue({ code: "custom", message: `Weights add up to ${total}: they must add up to 100.` });
  });

/** Words typed one per line or separated by commas; each kept once, whatever its case. */
const exclusionsSchema = z
  .union([z.string(), z.array(z.string())], "Enter exclusions as words separated by commas.")
  .default([])
  .transform((value) => (typeof value === "string" ? value.split(/[,;\n]/) : value).map((word) => word.trim().replace(/\s+/g, " ")).filter(Boolean))
  .transform((words) => words.filter((word, index) => words.findIndex((other) => other.toLowerCase() === word.toLowerCase()) === index))
  .pipe(
    z
      .array(z.string().max(MANDATE_LIMITS.exclusionLength, `Keep each exclusion under ${MANDATE_LIMITS.exclusionLength} characters.`).refine(hasNoNul, NUL_MESSAGE))
      .max(MANDATE_LIMITS.exclusions, `List at most ${MANDATE_LIMITS.exclusions} exclusions.`),
  );

const mandateFields = {
  name: z
    .string("Enter a name for the mandate.")
    .trim()
    .min(1, "Enter a name for the mandate.")
    .max(MANDATE_LIMITS.name, `Keep the name under ${MANDATE_LIMITS.name} characters.`)
    .refine(hasNoNul, NUL_MESSAGE),
  description: z
    .string()
    .trim()
    .max(MANDATE_LIMITS.description, `Keep the description under ${MANDATE_LIMITS.description.toLocaleString("en")} characters.`)
    .refine(hasNoNul, NUL_MESSAGE)
    .optional()
    .transform((value) => value || null),
  projectTypes: z.array(z.enum(PROJECT_TYPES, "Choose technologies from the list."), "Choose technologies from the list.").default([]).transform(unique),
  geographies: countryCodes("the geographies"),
  excludedGeographies: countryCodes("the excluded geographies"),
  stages: z.array(z.enum(PROJECT_STAGES, "Choose stages from the list."), "Choose stages from the list.").default([]).transform(unique),
  ticketSizeMin: optionalAmount("The minimum ticket", MONEY, "Enter the minimum ticket as an amount like 5000000 (up to 4 decimal places)."),
  ticketSizeMax: optionalAmount("The maximum ticket", MONEY, "Enter the maximum ticket as an amount like 25000000 (up to 4 decimal places)."),
  currency: z
    .string("Choose a currency.")
    .trim()
    .toUpperCase()
    .refine((code) => currencySet.has(code), "Choose a currency from the list (ISO 4217, e.g. USD)."),
  targetIrrPct: optionalAmount("The target IRR", PERCENT, "Enter the target IRR in percent, e.g. 12.5.").refine(
    (value) => value === null || !PERCENT.test(value) || compareAmounts(value, "100") <= 0,
    "Enter a target IRR of at most 100%.",
  ),
  minEsgScore: optionalAmount("The minimum ESG score", /^\d{1,3}$/, "Enter the minimum ESG score as a whole number from 0 to 100.")
    .refine((value) => value === null || !/^\d{1,3}$/.test(value) || Number(value) <= 100, "The minimum ESG score is at most 100.")
    .transform((value) => (value === null ? null : Number(value))),
  ifcPerformanceStandards: z.boolean().default(false),
  requireFpic: z.boolean().default(false),
  exclusions: exclusionsSchema,
  instrumentTypes: z.array(z.enum(INSTRUMENT_TYPES, "Choose instruments from the list."), "Choose instruments from the list.").default([]).transform(unique),
  riskTolerance: z.enum(RISK_TOLERANCES, "Choose a risk tolerance.").default("MODERATE"),
  dimensionWeights: dimensionWeightsSchema,
  isDiscoverable: z.boolean().default(false),
};

type CrossChecked = { ticketSizeMin?: unknown; ticketSizeMax?: unknown; geographies?: unknown; excludedGeographies?: unknown };
const CROSS_CHECKED = ["ticketSizeMin", "ticketSizeMax", "geographies", "excludedGeographies"];

/** Checks across fields; they run even when unrelated fields fail, so every message shows at once. */
function checkAcrossFields(value: CrossChecked, ctx: z.RefinementCtx) {
  const { ticketSizeMin: min, ticketSizeMax: max, geographies, excludedGeographies } = value;
  if (typeof min === "string" && typeof max === "string" && compareAmounts(min, max) > 0) {
    ctx.addIssue({ code: "custom", path: ["ticketSizeMin"], message: "The minimum ticket is above the maximum." });
  }
  if (Array.isArray(geographies) && Array.isArray(excludedGeographies)) {
    const both = geographies.filter((code) => excludedGeographies.includes(code));
    if (both.length > 0) ctx.addIssue({ code: "custom", path: ["excludedGeographies"], message: `${both.join(", ")} cannot be both targeted and excluded.` });
  }
}

function withCrossChecks<S extends z.ZodRawShape>(shape: S) {
  return z.object(shape).superRefine((value, ctx) => checkAcrossFields(value as CrossChecked, ctx), {
    // The fields compared must have parsed; other fields' errors must not hide these messages.
    when: (payload) => !payload.issues.some((issue) => CROSS_CHECKED.includes(String(issue.path?.[0]))),
  });
}

export const createMandateSchema = withCrossChecks(mandateFields);
export type CreateMandateInput = z.output<typeof createMandateSchema>;
export type MandateFormInput = z.input<typeof createMandateSchema>;

export const updateMandateSchema = withCrossChecks({ ...mandateFields, mandateId: z.uuid("Unknown mandate.") });
export type UpdateMandateInput = z.output<typeof updateMandateSchema>;

export const mandateIdSchema = z.object({ mandateId: z.uuid("Unknown mandate.") });

export const setMandateActiveSchema = z.object({ mandateId: z.uuid("Unknown mandate."), active: z.boolean("Say whether the mandate is active.") });
export type SetMandateActiveInput = z.output<typeof setMandateActiveSchema>;

export const rateMatchSchema = z.object({
  matchId: z.uuid("Unknown match."),
  rating: z.union([z.literal(1), z.literal(-1)], "Choose thumbs up or thumbs down."),
  comment: z
    .string()
    .trim()
    .max(MANDATE_LIMITS.comment, `Keep the comment under ${MANDATE_LIMITS.comment.toLocaleString("en")} characters.`)
    .refine(hasNoNul, NUL_MESSAGE)
    .optional()
    .transform((value) => value || null),
});
export type RateMatchInput = z.output<typeof rateMatchSchema>;
