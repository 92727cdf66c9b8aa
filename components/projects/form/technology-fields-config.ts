import { HYDRO_TURBINES, SOLAR_TRACKING, STORAGE_CHEMISTRIES } from "@/lib/projects/technology-options";
import type { TechnologyDetails } from "@/lib/projects/technology-details-schema";

export type TechnologyField = {
  key: string;
  label: string;
  kind: "text" | "number" | "percent" | "select";
  unit?: string;
  placeholder?: string;
  hint?: string;
  options?: readonly string[];
};

/** The structured fields each type shows; keys match the schemas in technology-details-schema.ts. */
export const TECHNOLOGY_FIELDS: Partial<Record<string, TechnologyField[]>> = {
  SOLAR: [
    { key: "moduleType", label: "Module type", kind: "text", placeholder: "e.g. bifacial mono PERC" },
    { key: "trackers", label: "Tracking", kind: "select", options: SOLAR_TRACKING },
    { key: "dcAcRatio", label: "DC/AC ratio", kind: "number", placeholder: "1.25", hint: "Between 0.5 and 3." },
    { key: "expectedYieldMWhPerMWp", label: "Expected yield", kind: "number", unit: "MWh/MWp/yr", placeholder: "2050" },
    { key: "sites", label: "Number of sites", kind: "number", placeholder: "1", hint: "For distributed portfolios." },
    { key: "averageSystemKwp", label: "Average system size", kind: "number", unit: "kWp" },
  ],
  WIND: [
    { key: "turbineModel", label: "Turbine model", kind: "text", placeholder: "e.g. 4.2 MW class, 150 m rotor" },
    { key: "hubHeightM", label: "Hub height", kind: "number", unit: "m", placeholder: "120" },
    { key: "turbineCount", label: "Turbine count", kind: "number", placeholder: "20" },
    { key: "netCapacityFactor", label: "Net capacity factor", kind: "percent", unit: "%", placeholder: "41" },
  ],
  STORAGE: [
    { key: "chemistry", label: "Chemistry", kind: "select", options: STORAGE_CHEMISTRIES },
    { key: "powerMw", label: "Power", kind: "number", unit: "MW", placeholder: "30" },
    { key: "energyMwh", label: "Energy", kind: "number", unit: "MWh", placeholder: "120" },
    { key: "roundTripEfficiency", label: "Round-trip efficiency", kind: "percent", unit: "%", placeholder: "88" },
  ],
  HYDRO: [
    { key: "headM", label: "Head", kind: "number", unit: "m", placeholder: "186", hint: "Gross head, intake to turbine." },
    { key: "designFlowM3s", label: "Design flow", kind: "number", unit: "m³/s", placeholder: "7.2" },
    { key: "turbineType", label: "Turbine type", kind: "select", options: HYDRO_TURBINES },
    { key: "capacityFactor", label: "Capacity factor", kind: "percent", unit: "%", placeholder: "58" },
  ],
  BIOMASS: [
    { key: "feedstock", label: "Feedstock", kind: "text", placeholder: "e.g. sugar-cane bagasse" },
    { key: "feedstockTonnesPerYear", label: "Feedstock per year", kind: "number", unit: "t/yr", placeholder: "180000" },
    { key: "steamTph", label: "Steam output", kind: "number", unit: "t/h", placeholder: "40" },
  ],
};

/** Stored details as the form's text: fractions back to percentages, rounded off float noise. */
export function detailsToFormValues(projectType: string, details: TechnologyDetails | null): Record<string, string> {
  const values: Record<string, string> = {};
  if (!details) return values;
  const fields = TECHNOLOGY_FIELDS[projectType] ?? [];
  for (const [key, value] of Object.entries(details)) {
    const field = fields.find((f) => f.key === key);
    values[key] = field?.kind === "percent" && typeof value === "number" ? String(Math.round(value * 1_000_000) / 10_000) : String(value);
  }
  return values;
}
