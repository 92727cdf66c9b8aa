import { formatMoney } from "@/lib/utils/format-money";
import { cite, dataOf, messageOf, type ToolCaller } from "./offline-types";

type PortfolioData = {
  portfolio: { name: string; currency: string; citation: number };
  metrics: {
    paidIn: string;
    distributed: string;
    nav: string;
    navDay: string | null;
    grossIrr: string;
    netIrr: string;
    net: { tvpi: string | null; dpi: string | null; moic: string | null };
  };
  holdings: { project: string; citation: number }[];
  covenants: { name: string; holding: string; metric: string; rule: string; currentValue: string | null; status: string; citation: number }[] | string;
};

/** As the portfolio page shows them: money grouped in its currency, multiples to two decimals. */
const money = (amount: string, currency: string) => formatMoney(amount, currency);
const multiple = (value: string) => `${Number(value).toFixed(2)}x`;

export async function answerPortfolioMetrics(call: ToolCaller, portfolioId: string): Promise<string> {
  const output = await call("getPortfolio", { portfolioId });
  const data = dataOf<PortfolioData>(output);
  if (!data) return messageOf(output);
  const { portfolio: p, metrics: m } = data;
  const multiples = [m.net.tvpi && `net TVPI ${multiple(m.net.tvpi)}`, m.net.dpi && `DPI ${multiple(m.net.dpi)}`, m.net.moic && `MOIC ${multiple(m.net.moic)}`]
    .filter(Boolean)
    .join(", ");
  return [
    `${p.name}: net IRR ${m.netIrr}, gross IRR ${m.grossIrr}${cite(p.citation)}.`,
    `Paid in ${money(m.paidIn, p.currency)}, distributed ${money(m.distributed, p.currency)}, NAV ${money(m.nav, p.currency)}${m.navDay ? ` as of ${m.navDay}` : ""}${cite(p.citation)}.`,
    multiples ? `Multiples: ${multiples}${cite(p.citation)}.` : "",
    `${data.holdings.length} holding${data.holdings.length === 1 ? "" : "s"}: ${data.holdings.map((h) => `${h.project}${cite(h.citation)}`).join(", ") || "none"}.`,
  ]
    .filter(Boolean)
    .join("\n\n");
}

export async function answerCovenants(call: ToolCaller, portfolioId: string): Promise<string> {
  const output = await call("getPortfolio", { portfolioId });
  const data = dataOf<PortfolioData>(output);
  if (!data) return messageOf(output);
  if (typeof data.covenants === "string") return `Covenants are ${data.covenants}.`;
  const flagged = data.covenants.filter((c) => c.status === "BREACH" || c.status === "WARNING");
  if (data.covenants.length === 0) return `${data.portfolio.name} has no covenants recorded${cite(data.portfolio.citation)}.`;
  if (flagged.length === 0)
    return `None of the ${data.covenants.length} covenants of ${data.portfolio.name} is in breach or at its warning level${cite(data.portfolio.citation)}.`;
  const lines = flagged.map(
    (c) =>
      `- ${c.status === "BREACH" ? "In breach" : "Close to breach (warning)"}: ${c.name} on ${c.holding}, ${c.metric} ${c.currentValue ?? "not reported"} (${c.rule})${cite(c.citation)}`,
  );
  return `${flagged.length} of the ${data.covenants.length} covenants of ${data.portfolio.name} need attention:\n\n${lines.join("\n")}`;
}
