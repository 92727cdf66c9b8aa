import countries from "i18n-iso-countries";
import { z } from "zod";
import { PROJECT_STAGES, PROJECT_TYPES } from "@/lib/projects/project-options";
import { CURRENCY_CODES } from "@/lib/projects/schemas";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { PORTFOLIO_NOTE_MAX_LENGTH, PORTFOLIO_STATUSES, RECORDABLE_FLOW_KINDS } from "./portfolio-constants";

const currencies = new Set(CURRENCY_CODES);
const currency = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => currencies.has(code), "Choose a currency by its ISO code (USD, EUR, KES...).");

const MONEY = /^-?\d{1,15}(\.\d{1,4})?$/;
/** A decimal string with up to 4 places, as money is everywhere (never a float). */
const money = (what: string, options: { zeroAllowed: boolean }) =>
  z
    .string()
    .trim()
    .transform((value) => value.replaceAll(",", ""))
    .refine((value) => MONEY.test(value), `Enter ${what} as a number with up to 4 decimal places.`)
    .refine((value) => !MONEY.test(value) || !value.startsWith("-"), `${what[0]!.toUpperCase()}${what.slice(1)} cannot be negative.`)
    .refine(
      (value) => options.zeroAllowed || !MONEY.test(value) || value.startsWith("-") || Number(value) > 0,
      `${what[0]!.toUpperCase()}${what.slice(1)} must be more than zero.`,
    );

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Enter a real date.");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max.toLocaleString("en")} characters.`)
    .refine(hasNoNul, NUL_MESSAGE)
    .optional()
    .transform((value) => (value ? value : null));

const portfolioFields = {
  name: z.string().trim().min(1, "Name the portfolio.").max(255, "Keep the name under 255 characters.").refine(hasNoNul, NUL_MESSAGE),
  description: optionalText(PORTFOLIO_NOTE_MAX_LENGTH),
  currency,
  targetSize: z
    .union([z.literal("").transform(() => null), money("the target size", { zeroAllowed: false })])
    .optional()
    .transform((v) => v ?? null),
  vintageYear: z
    .union([
      z.literal("").transform(() => null),
      z.coerce.number("Enter a year.").int("Enter a year.").min(1990, "Enter a year from 1990.").max(2100, "Enter a year before 2100."),
    ])
    .optional()
    .transform((v) => v ?? null),
  strategy: optionalText(100),
  status: z.enum(PORTFOLIO_STATUSES, "Choose a status.").default("ACTIVE"),
};

export const createPortfolioSchema = z.object(portfolioFields);
export type CreatePortfolioInput = z.output<typeof createPortfolioSchema>;

export const updatePortfolioSchema = z.object({ portfolioId: z.uuid("Unknown portfolio."), ...portfolioFields });
export type UpdatePortfolioInput = z.output<typeof updatePortfolioSchema>;

const holdingFields = {
  portfolioId: z.uuid("Unknown portfolio."),
  investmentDate: day,
  committedAmount: money("the commitment", { zeroAllowed: false }),
  currency,
  ownershipPct: z
    .union([z.literal("").transform(() => null), z.coerce.number("Enter a percentage.").min(0, "Ownership is 0 to 100%.").max(100, "Ownership is 0 to 100%.")])
    .optional()
    .transform((v) => (v === null || v === undefined ? null : v.toFixed(4))),
};

export const addHoldingSchema = z.object({ ...holdingFields, projectId: z.uuid("Choose a project.") });
export type AddHoldingInput = z.output<typeof addHoldingSchema>;

/** A project whose developer is not on the platform: the investor describes it in a few fields. */
export const addOffPlatformHoldingSchema = z.object({
  ...holdingFields,
  projectName: z.string().trim().min(2, "Name the project.").max(500, "Keep the name under 500 characters.").refine(hasNoNul, NUL_MESSAGE),
  developerName: optionalText(255),
  projectType: z.enum(PROJECT_TYPES, "Choose a technology."),
  stage: z.enum(PROJECT_STAGES, "Choose a stage."),
  geographyCountry: z
    .string("Choose a country.")
    .trim()
    .toUpperCase()
    .refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), "Choose a country from the list (ISO 3166 alpha-2, e.g. KE)."),
  geographyRegion: optionalText(255),
  capacityMw: z
    .union([
      z.literal("").transform(() => null),
      z.coerce.number("Enter the capacity in MW.").positive("Capacity is more than 0 MW.").max(100_000, "Enter the capacity in MW."),
    ])
    .optional()
    .transform((v) => (v === null || v === undefined ? null : v.toFixed(4))),
});
export type AddOffPlatformHoldingInput = z.output<typeof addOffPlatformHoldingSchema>;

export const recordCashFlowSchema = z.object({
  holdingId: z.uuid("Unknown holding."),
  kind: z.enum(RECORDABLE_FLOW_KINDS, "Choose what kind of flow this is."),
  flowDate: day,
  amount: money("the amount", { zeroAllowed: true }),
  note: optionalText(PORTFOLIO_NOTE_MAX_LENGTH),
});
export type RecordCashFlowInput = z.output<typeof recordCashFlowSchema>;

export const exitHoldingSchema = z.discriminatedUnion("outcome", [
  z.object({ holdingId: z.uuid("Unknown holding."), outcome: z.literal("EXITED"), exitDate: day, proceeds: money("the proceeds", { zeroAllowed: true }) }),
  z.object({ holdingId: z.uuid("Unknown holding."), outcome: z.literal("WRITTEN_OFF"), exitDate: day }),
]);
export type ExitHoldingInput = z.output<typeof exitHoldingSchema>;

export const deleteCashFlowSchema = z.object({ flowId: z.uuid("Unknown flow.") });
export type DeleteCashFlowInput = z.output<typeof deleteCashFlowSchema>;
