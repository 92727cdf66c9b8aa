import { alpha2ToNumeric } from "i18n-iso-countries";
import { countryName } from "@/components/projects/list/country-name";
import type { MarketplacePage } from "@/lib/marketplace/search-marketplace";
import { listingFacts } from "./listing-facts";
import { ListingMap } from "./map/listing-map";
import type { MapCountry, MapPin } from "./map/map-types";

/** Pins for this page's projects; countries shaded by how many projects of all the results they hold. */
export function ListingMapView({ page }: { page: MarketplacePage }) {
  const pins: MapPin[] = page.rows.flatMap((row) => {
    if (!row.coordinates) return [];
    const facts = listingFacts(row);
    return [
      {
        id: row.projectId,
        name: row.name,
        href: facts.href,
        lat: row.coordinates.lat,
        lng: row.coordinates.lng,
        caption: `${facts.type} · ${facts.place} · ${facts.investment}`,
      },
    ];
  });
  const countryCounts: MapCountry[] = page.facets.country.flatMap((c) => {
    const numericCode = alpha2ToNumeric(c.value);
    return numericCode && c.count > 0 ? [{ numericCode: String(Number(numericCode)).padStart(3, "0"), name: countryName(c.value), count: c.count }] : [];
  });
  const unplaced = page.rows.length - pins.length;
  return (
    <ListingMap
      pins={pins}
      countryCounts={countryCounts}
      label={`${pins.length} projects of this page pinned${unplaced ? ` (${unplaced} without coordinates)` : ""}; countries shaded by matching projects.`}
    />
  );
}
