import { describeLimits, formatMetricValue } from "@/lib/covenants/format-covenant";
import { formatMoney } from "@/lib/utils/format-money";
import { z } from "zod";
import { hasAccess } from "@/lib/access/check-access";
import { covenantsAccess } from "@/lib/covenants/access";
import { listCovenants } from "@/lib/covenants/list-covenants";
import { portfoliosAccess } from "@/lib/portfolios/access";
import type { IrrDto } from "@/lib/portfolios/portfolio-dtos";
import { getPortfolioView } from "@/lib/portfolios/get-portfolio-view";
import type { AssistantCitation } from "../assistant-message";
import { defineTool } from "./tool-definition";

const inputSchema = z.object({ portfolioId: z.uuid().describe("The portfolio's id, from the conversation's context or the user's portfolios.") });

/** An IRR as the portfolio page prints it: a percentage with one decimal, or why there is none. */
export function formatIrr(irr: IrrDto): string {
  return irr.kind === "rate" ? `${(irr.rate * 100).toFixed(1)}%` : `not defined (${irr.reason})`;
}

/** The portfolio page's figures (NAV, paid in, distributed, multiples, IRR) and its covenants board, worst first. */
export const getPortfolioTool = defineTool({
  name: "getPortfolio",
  description:
    "Read one of the investor's portfolios: NAV, paid-in, distributions, MOIC/TVPI/DPI, gross and net IRR, the holdings, and the covenants with their status (BREACH, WARNING, OK).",
  inputSchema,
  rules: [portfoliosAccess.read],
  async run({ actor, cite }, { portfolioId }) {
    const view = await getPortfolioView(actor, portfolioId);
    const { portfolio, metrics } = view;
    const citations: AssistantCitation[] = [
      cite({
        kind: "portfolio",
        title: portfolio.name,
        href: `/portfolios/${portfolio.id}`,
        snippet: `Net IRR ${formatIrr(metrics.netIrr)} · NAV ${formatMoney(metrics.nav, portfolio.currency)}`,
      }),
    ];
    const holdings = view.holdings.map((h) => {
      const citation = cite({
        kind: "holding",
        title: `${h.projectName} (${portfolio.name})`,
        href: `/portfolios/${portfolio.id}/holdings/${h.id}`,
        snippet: `${h.status} · NAV ${formatMoney(h.nav, portfolio.currency)}`,
      });
      citations.push(citation);
      return {
        id: h.id,
        project: h.projectName,
        status: h.status,
        paidIn: h.paidIn,
        distributed: h.distributed,
        nav: h.nav,
        moic: h.moic,
        netIrr: formatIrr(h.netIrr),
        citation: citation.n,
      };
    });
    const covenants = hasAccess(actor, covenantsAccess.read)
      ? (await listCovenants(actor, { portfolioId: portfolio.id, checksPerCovenant: 1 })).covenants.map((c) => ({
          name: c.name,
          holding: c.holding.projectName,
          metric: c.metricLabel,
          rule: describeLimits(c, portfolio.currency),
          currentValue: c.currentValue === null ? null : formatMetricValue(c.metricName, c.currentValue, portfolio.currency),
          status: c.status,
          lastCheckedAt: c.lastCheckedAt,
          citation: holdings.find((h) => h.id === c.holding.id)?.citation ?? citations[0]!.n,
        }))
      : "not available to your role";
    return {
      available: true,
      data: {
        portfolio: {
          id: portfolio.id,
          name: portfolio.name,
          currency: portfolio.currency,
          status: portfolio.status,
          vintageYear: portfolio.vintageYear,
          citation: citations[0]!.n,
        },
        metrics: {
          committed: view.committed,
          paidIn: metrics.paidIn,
          distributed: metrics.distributed,
          nav: metrics.nav,
          navDay: metrics.navDay,
          grossIrr: formatIrr(metrics.grossIrr),
          netIrr: formatIrr(metrics.netIrr),
          gross: metrics.gross,
          net: metrics.net,
        },
        holdings,
        covenants,
      },
      citations,
    };
  },
});
