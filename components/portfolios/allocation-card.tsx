import { alpha2ToNumeric } from "i18n-iso-countries";
import { ListingMap } from "@/components/marketplace/map/listing-map";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { AllocationSlice, PortfolioAllocation } from "@/lib/portfolios/get-portfolio-allocation";
import { formatMoney } from "@/lib/utils/format-money";

function SliceBars({ title, slices, currency }: { title: string; slices: AllocationSlice[]; currency: string }) {
  return (
    <section className="grid content-start gap-2" aria-label={title}>
      <h3 className="text-sm font-semibold">{title}</h3>
      <ul className="grid gap-2">
        {slices.map((s) => (
          <li key={s.key} className="grid gap-1 text-sm">
            <div className="flex justify-between gap-3">
              <span>
                {s.label} <span className="text-muted-foreground">({s.holdings})</span>
              </span>
              <span className="tabular-nums">
                {(s.share * 100).toFixed(1)}% · {formatMoney(s.value, currency)}
              </span>
            </div>
            <div className="h-2 rounded-full bg-muted" aria-hidden>
              <div className="h-2 rounded-full bg-primary" style={{ width: `${Math.max(s.share * 100, 1)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Where the money is: active holdings by technology and by country, and their sites on the map. */
export function AllocationCard({ allocation, currency, portfolioId }: { allocation: PortfolioAllocation; currency: string; portfolioId: string }) {
  if (allocation.byTechnology.length === 0) return null;
  const countryCounts = allocation.byCountry.flatMap((c) => {
    const code = alpha2ToNumeric(c.key);
    return code ? [{ numericCode: String(Number(code)).padStart(3, "0"), name: c.label, count: c.holdings }] : [];
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Allocation</CardTitle>
        <p className="text-sm text-muted-foreground">
          Active holdings weighted by {allocation.basis}, in {currency}.
        </p>
      </CardHeader>
      <CardContent className="grid gap-6 lg:grid-cols-3">
        <SliceBars title="By technology" slices={allocation.byTechnology} currency={currency} />
        <SliceBars title="By country" slices={allocation.byCountry} currency={currency} />
        <ListingMap
          heightClass="h-64"
          label={`${allocation.pins.length} of ${allocation.byTechnology.reduce((n, s) => n + s.holdings, 0)} sites pinned; countries shaded by holdings.`}
          countryCounts={countryCounts}
          pins={allocation.pins.map((p) => ({
            id: p.holdingId,
            name: p.projectName,
            href: `/portfolios/${portfolioId}/holdings/${p.holdingId}`,
            lat: p.lat,
            lng: p.lng,
            caption: formatMoney(p.value, currency),
          }))}
        />
      </CardContent>
    </Card>
  );
}
