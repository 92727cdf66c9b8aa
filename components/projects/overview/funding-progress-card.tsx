import { HandCoins } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { FundingProgress } from "@/lib/projects/get-project-overview";
import { formatMoney } from "@/lib/utils/format-money";

/** Capital drawn from investors' holdings against the amount the project seeks. */
export function FundingProgressCard({ funding }: { funding: FundingProgress }) {
  const { raised, target, currency, pct } = funding;
  // The bar is drawn from the server's decimal percentage; only its width goes through a number.
  const width = pct === null ? 0 : Math.min(100, Number(pct));
  return (
    <Card>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>Funding progress</CardTitle>
          <CardDescription>Capital invested by investors, against the investment sought.</CardDescription>
        </div>
        <span className="flex size-8 shrink-0 items-center justify-center rounded-md bg-brand-50 text-brand-700">
          <HandCoins aria-hidden className="size-4" />
        </span>
      </CardHeader>
      <CardContent className="grid gap-3">
        {raised ? (
          <>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="text-2xl font-semibold tracking-tight tabular-nums">{formatMoney(raised.amount, currency)}</p>
              {pct !== null ? <p className="text-sm font-medium text-brand-700 tabular-nums">{pct}% raised</p> : null}
            </div>
            {target ? (
              <div
                role="progressbar"
                aria-label="Share of the investment sought that has been raised"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={width}
                aria-valuetext={`${pct}%`}
                className="h-2.5 overflow-hidden rounded-full bg-muted"
              >
                <div className="h-full rounded-full bg-brand-500" style={{ width: `${width}%` }} />
              </div>
            ) : null}
            <p className="text-sm text-muted-foreground">
              {target ? <>of {formatMoney(target, currency)} sought · </> : null}
              {raised.investorCount} {raised.investorCount === 1 ? "investor" : "investors"}, {raised.holdingCount} {raised.holdingCount === 1 ? "holding" : "holdings"}
              {raised.otherCurrencyHoldingCount > 0 ? ` · ${raised.otherCurrencyHoldingCount} in other currencies not included` : ""}
            </p>
          </>
        ) : (
          <div className="grid gap-1">
            <p className="text-lg font-semibold">No capital raised yet</p>
            <p className="text-sm text-muted-foreground">
              {target ? `Seeking ${formatMoney(target, currency)}. ` : ""}Investments appear here once investors record holdings in this project.
            </p>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
