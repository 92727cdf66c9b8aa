import { countryName } from "@/components/projects/list/country-name";
import type { MarketplaceRow } from "@/lib/marketplace/search-marketplace";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { formatMoney } from "@/lib/utils/format-money";

const titleCase = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

/** One listing's facts as the cards, the table and the map say them (server only: country names). */
export function listingFacts(row: MarketplaceRow) {
  return {
    href: `/marketplace/${row.projectId}`,
    type: projectTypeLabel(row.projectType),
    stage: titleCase(row.stage),
    place: `${row.region}, ${countryName(row.country)}`,
    capacity: row.capacityMw ? `${Number(row.capacityMw).toLocaleString("en", { maximumFractionDigits: 1 })} MW` : null,
    investment: formatMoney(row.totalInvestmentRequired, row.currency, { compact: true }),
    investmentUsd: row.currency !== "USD" && row.investmentUsd ? `≈ ${formatMoney(row.investmentUsd, "USD", { compact: true })}` : null,
    score: row.signalScore === null ? null : row.signalScore.toFixed(0),
  };
}
