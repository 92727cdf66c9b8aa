import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { PortfolioListRowDto } from "@/lib/portfolios/portfolio-dtos";
import { formatMoney, formatMoneyCompact } from "@/lib/utils/format-money";
import { PortfolioStatusBadge } from "./portfolio-status-badge";

const Money = ({ amount, currency }: { amount: string; currency: string }) => <span title={formatMoney(amount, currency)}>{formatMoneyCompact(amount, currency)}</span>;

/** The org's portfolios with their totals in each one's base currency. */
export function PortfoliosTable({ portfolios }: { portfolios: PortfolioListRowDto[] }) {
  return (
    <Card className="overflow-hidden p-0">
      <Table>
        <caption className="sr-only">Portfolios</caption>
        <THead>
          <TR>
            <TH>Portfolio</TH>
            <TH>Status</TH>
            <TH className="text-right">Holdings</TH>
            <TH className="text-right">Committed</TH>
            <TH className="text-right">Called</TH>
            <TH className="text-right">Distributed</TH>
            <TH className="text-right">NAV</TH>
            <TH className="text-right">Unrealised</TH>
            <TH className="text-right">Realised</TH>
          </TR>
        </THead>
        <TBody>
          {portfolios.map((p) => (
            <TR key={p.id}>
              <TD>
                <Link href={`/portfolios/${p.id}`} className="font-medium text-foreground hover:underline">
                  {p.name}
                </Link>
                <span className="block text-xs text-muted-foreground">
                  {[p.currency, p.vintageYear ? `vintage ${p.vintageYear}` : null, p.strategy].filter(Boolean).join(" · ")}
                </span>
              </TD>
              <TD>
                <PortfolioStatusBadge status={p.status} />
              </TD>
              <TD className="text-right tabular-nums">{p.holdings}</TD>
              <TD className="text-right tabular-nums whitespace-nowrap">
                <Money amount={p.committed} currency={p.currency} />
                {p.committedMissing.length ? (
                  <span className="block text-xs text-warning" title={p.committedMissing.join("; ")}>
                    {p.committedMissing.length} without a rate
                  </span>
                ) : null}
              </TD>
              <TD className="text-right tabular-nums whitespace-nowrap">
                <Money amount={p.called} currency={p.currency} />
              </TD>
              <TD className="text-right tabular-nums whitespace-nowrap">
                <Money amount={p.distributed} currency={p.currency} />
              </TD>
              <TD className="text-right tabular-nums whitespace-nowrap">
                <Money amount={p.nav} currency={p.currency} />
              </TD>
              <TD className="text-right tabular-nums whitespace-nowrap">
                <Money amount={p.unrealised} currency={p.currency} />
              </TD>
              <TD className="text-right tabular-nums whitespace-nowrap">
                <Money amount={p.realised} currency={p.currency} />
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
