import { StatCard } from "@/components/ui/stat-card";
import type { LedgerMetricsDto } from "@/lib/portfolios/portfolio-dtos";
import { formatMoney, formatMoneyCompact } from "@/lib/utils/format-money";
import { describeIrr, formatDayText, formatMultiple } from "./format-metrics";

/** NAV, net IRR, TVPI, DPI and MOIC from the ledger; gross figures and the IRR's caveats as hints. */
export function PortfolioKpis({ metrics, currency }: { metrics: LedgerMetricsDto; currency: string }) {
  const net = describeIrr(metrics.netIrr);
  const gross = describeIrr(metrics.grossIrr);
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      <StatCard
        label="NAV"
        value={<span title={formatMoney(metrics.nav, currency)}>{formatMoneyCompact(metrics.nav, currency)}</span>}
        hint={metrics.navDay ? `Latest marks, to ${formatDayText(metrics.navDay)}` : "No valuation recorded yet"}
      />
      <StatCard
        label="IRR (net)"
        value={net.value}
        hint={
          <>
            {net.note ?? `Gross ${gross.value}`}
            {net.note && metrics.netIrr.kind === "rate" ? ` Gross ${gross.value}.` : null}
            {metrics.netIrr.kind === "rate" && metrics.spanDays !== null && metrics.spanDays < 365 ? ` Annualised from ${metrics.spanDays} days: read with care.` : null}
          </>
        }
      />
      <StatCard label="TVPI (net)" value={formatMultiple(metrics.net.tvpi)} hint={`Gross ${formatMultiple(metrics.gross.tvpi)}`} />
      <StatCard label="DPI (net)" value={formatMultiple(metrics.net.dpi)} hint={`RVPI ${formatMultiple(metrics.net.rvpi)}`} />
      <StatCard
        label="MOIC (gross)"
        value={formatMultiple(metrics.gross.moic)}
        hint={`Net of ${formatMoneyCompact(metrics.fees, currency)} fees: ${formatMultiple(metrics.net.moic)}`}
      />
    </div>
  );
}
