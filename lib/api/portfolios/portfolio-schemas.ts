import { z } from "zod";
import { PORTFOLIO_STATUSES } from "@/lib/portfolios/portfolio-constants";

/** Money as text (never a float), in the currency the field names. */
export const moneyText = z.string().meta({ description: "A decimal as text, up to 4 places.", example: "250000.0000" });
export const dayText = z.iso.date();

const multiples = z.object({ moic: z.string().nullable(), tvpi: z.string().nullable(), dpi: z.string().nullable(), rvpi: z.string().nullable() });

export const irrSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("rate"), rate: z.number(), alsoFits: z.array(z.number()).meta({ description: "Other rates that fit the flows as well." }) }),
    z.object({ kind: z.literal("undefined"), reason: z.string() }),
  ])
  .meta({ id: "Irr", description: "An annual rate (0.12 is 12%), or why the flows have none." });

/** The ledger's figures in the portfolio's currency (lib/portfolios/ledger-metrics.ts). */
export const ledgerMetricsSchema = z
  .object({
    paidIn: moneyText,
    fees: moneyText,
    distributed: moneyText,
    nav: moneyText,
    navDay: dayText.nullable(),
    spanDays: z.number().int().nullable(),
    gross: multiples,
    net: multiples,
    grossIrr: irrSchema,
    netIrr: irrSchema,
  })
  .meta({ id: "LedgerMetrics" });

/** One row of GET /portfolios: the totals the portfolios list shows. */
export const apiPortfolioSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    currency: z.string().length(3),
    status: z.enum(PORTFOLIO_STATUSES),
    vintageYear: z.number().int().nullable(),
    strategy: z.string().nullable(),
    holdings: z.number().int(),
    committed: moneyText,
    committedMissing: z.array(z.string()).meta({ description: "Currency pairs whose rate was not found, so their commitments are left out of committed." }),
    called: moneyText,
    distributed: moneyText,
    nav: moneyText,
    unrealised: moneyText,
    realised: moneyText,
  })
  .meta({ id: "PortfolioSummary" });

/** GET /portfolios/{portfolioId}: the portfolio with its ledger metrics in its own currency. */
export const apiPortfolioSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    currency: z.string().length(3),
    targetSize: moneyText.nullable(),
    vintageYear: z.number().int().nullable(),
    strategy: z.string().nullable(),
    status: z.enum(PORTFOLIO_STATUSES),
    committed: moneyText,
    committedMissing: z.array(z.string()),
    metrics: ledgerMetricsSchema,
  })
  .meta({ id: "Portfolio" });

export const apiCovenantSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    metricName: z.string(),
    operator: z.string(),
    thresholdBreach: z.string(),
    thresholdWarning: z.string().nullable(),
    currentValue: z.string().nullable(),
    status: z.enum(["OK", "WARNING", "BREACH", "WAIVED"]),
    lastCheckedAt: z.iso.datetime().nullable(),
    breachDate: dayText.nullable(),
    notes: z.string().nullable(),
    holding: z.object({ id: z.uuid(), projectName: z.string() }),
  })
  .meta({ id: "Covenant" });
