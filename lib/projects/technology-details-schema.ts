import { z } from "zod";
import { HYDRO_TURBINES, SOLAR_TRACKING, STORAGE_CHEMISTRIES } from "./technology-options";

/**
 * technology_details, one shape per project type. Forms send text; the schemas turn it into the
 * numbers stored in the JSONB column (engineering figures, not money: plain numbers are fine).
 * Percentages are typed as 0-100 and stored as fractions (0.41), as the existing data has them.
 */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function numberField(label: string, { min = 0, max, integer = false }: { min?: number; max: number; integer?: boolean }) {
  return z
    .union([z.string(), z.number()])
    .optional()
    .transform((value) => {
      const blank = blankToUndefined(value);
      return typeof blank === "string" ? Number(blank.trim().replace(/,/g, "")) : blank;
    })
    .pipe(
      z
        .number(`${label}: enter a number.`)
        .min(min, `${label} must be at least ${min}.`)
        .max(max, `${label} must be at most ${max.toLocaleString("en")}.`)
        .refine((n) => !integer || Number.isInteger(n), `${label} must be a whole number.`)
        .optional(),
    );
}

function percentField(label: string) {
  return numberField(label, { min: 0, max: 100 }).transform((n) => (n === undefined ? undefined : Math.round(n * 10_000) / 1_000_000));
}

function textField(label: string, max = 200) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((value) => value || undefined);
}

function choiceField<const T extends readonly [string, ...string[]]>(label: string, options: T) {
  return z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.enum(options, `${label}: choose one of ${options.join(", ")}.`).optional());
}

export { HYDRO_TURBINES, SOLAR_TRACKING, STORAGE_CHEMISTRIES };

const notes = textField("Notes", 2000);

export const solarDetailsSchema = z.object({
  moduleType: textField("Module type"),
  trackers: choiceField("Tracking", SOLAR_TRACKING),
  dcAcRatio: numberField("DC/AC ratio", { min: 0.5, max: 3 }),
  expectedYieldMWhPerMWp: numberField("Expected yield", { max: 4000 }),
  sites: numberField("Number of sites", { min: 1, max: 100_000, integer: true }),
  averageSystemKwp: numberField("Average system size", { max: 1_000_000 }),
  notes,
});

export const windDetailsSchema = z.object({
  turbineModel: textField("Turbine model"),
  hubHeightM: numberField("Hub height", { min: 10, max: 300 }),
  turbineCount: numberField("Turbine count", { min: 1, max: 5_000, integer: true }),
  netCapacityFactor: percentField("Net capacity factor"),
  notes,
});

export const storageDetailsSchema = z.object({
  chemistry: choiceField("Chemistry", STORAGE_CHEMISTRIES),
  powerMw: numberField("Power", { max: 100_000 }),
  energyMwh: numberField("Energy", { max: 1_000_000 }),
  roundTripEfficiency: percentField("Round-trip efficiency"),
  notes,
});

export const hydroDetailsSchema = z.object({
  headM: numberField("Head", { max: 3_000 }),
  designFlowM3s: numberField("Design flow", { max: 100_000 }),
  turbineType: choiceField("Turbine type", HYDRO_TURBINES),
  capacityFactor: percentField("Capacity factor"),
  notes,
});

export const biomassDetailsSchema = z.object({
  feedstock: textField("Feedstock"),
  feedstockTonnesPerYear: numberField("Feedstock per year", { max: 100_000_000 }),
  steamTph: numberField("Steam output", { max: 10_000 }),
  notes,
});

/** Types without structured fields yet keep free-form technical notes. */
export const genericDetailsSchema = z.object({ notes });

export type TechnologyDetails = Record<string, string | number>;

/** Drops empty fields; an empty result is stored as NULL rather than {}. */
export function compactDetails(details: Record<string, unknown> | undefined): TechnologyDetails | null {
  const kept = Object.entries(details ?? {}).filter(([, value]) => value !== undefined && value !== null && value !== "");
  return kept.length > 0 ? (Object.fromEntries(kept) as TechnologyDetails) : null;
}
