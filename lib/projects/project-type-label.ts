const LABELS: Record<string, string> = {
  SOLAR: "Solar",
  WIND: "Wind",
  STORAGE: "Storage",
  HYDRO: "Hydro",
  BIOMASS: "Biomass",
  GEOTHERMAL: "Geothermal",
  GREEN_HYDROGEN: "Green hydrogen",
  EV_CHARGING: "EV charging",
  ENERGY_EFFICIENCY: "Energy efficiency",
  NATURE_BASED: "Nature-based",
  WASTE_TO_ENERGY: "Waste to energy",
  OTHER: "Other",
};

export function projectTypeLabel(type: string): string {
  return LABELS[type] ?? type.charAt(0) + type.slice(1).toLowerCase().replace(/_/g, " ");
}
