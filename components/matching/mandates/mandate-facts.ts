import { countryName } from "@/components/projects/list/country-name";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { formatMoneyCompact } from "@/lib/utils/format-money";

/** "Kenya, Uganda, Tanzania +2", or the word for none: an empty list means the mandate accepts any. */
function summarise(values: string[], label: (value: string) => string, none: string, shown = 3): string {
  if (values.length === 0) return none;
  const head = values.slice(0, shown).map(label).join(", ");
  return values.length > shown ? `${head} +${values.length - shown}` : head;
}

export const sectorsText = (types: string[]) => summarise(types, projectTypeLabel, "Any technology");
export const geographiesText = (codes: string[]) => summarise(codes, countryName, "Anywhere");
export const stagesText = (stages: string[]) => summarise(stages, (stage) => stage.charAt(0) + stage.slice(1).toLowerCase(), "Any stage", 4);

/** "$5M–$25M", "from $5M", "up to $25M" or "Any size". */
export function ticketRangeText(min: string | null, max: string | null, currency: string): string {
  const money = (amount: string) => formatMoneyCompact(amount, currency);
  if (min && max) return `${money(min)}–${money(max)}`;
  if (min) return `From ${money(min)}`;
  if (max) return `Up to ${money(max)}`;
  return "Any size";
}
