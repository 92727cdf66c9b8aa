import { z } from "zod";
import { CASH_FLOW_KINDS, HOLDING_STATUS_LABELS } from "@/lib/portfolios/portfolio-constants";
import { addHoldingSchema, recordCashFlowSchema } from "@/lib/portfolios/schemas";
import { dayText, irrSchema, ledgerMetricsSchema, moneyText } from "./portfolio-schemas";

const HOLDING_STATUSES = Object.keys(HOLDING_STATUS_LABELS) as [keyof typeof HOLDING_STATUS_LABELS, ...(keyof typeof HOLDING_STATUS_LABELS)[]];

/** POST /portfolios/{portfolioId}/holdings: the add-holding form's own schema, the portfolio from the path. */
export const createApiHoldingBodySchema = addHoldingSchema.omit({ portfolioId: true }).meta({ id: "HoldingCreate" });

/** POST /holdings/{holdingId}/cash-flows: the record-flow form's own schema, the holding from the path. */
export const recordApiCashFlowBodySchema = recordCashFlowSchema.omit({ holdingId: true }).meta({ id: "CashFlowCreate" });

/** A row of GET /portfolios/{portfolioId}/holdings, with its figures in the portfolio's currency. */
export const apiHoldingRowSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    projectName: z.string(),
    offPlatform: z.boolean().meta({ description: "The developer is not on the platform; the investor keeps the project's record." }),
    currency: z.string().length(3),
    status: z.enum(HOLDING_STATUSES),
    investmentDate: dayText,
    exitDate: dayText.nullable(),
    committed: moneyText,
    invested: moneyText,
    currentValue: moneyText.nullable(),
    paidIn: moneyText,
    distributed: moneyText,
    nav: moneyText,
    moic: z.string().nullable(),
    netIrr: irrSchema,
  })
  .meta({ id: "HoldingRow" });

/** GET /holdings/{holdingId}: the holding's terms and its ledger metrics (its flows are under /cash-flows). */
export const apiHoldingSchema = z
  .object({
    id: z.uuid(),
    portfolio: z.object({ id: z.uuid(), name: z.string(), currency: z.string().length(3) }),
    project: z.object({ id: z.uuid(), name: z.string(), offPlatform: z.boolean(), description: z.string().nullable() }),
    currency: z.string().length(3),
    status: z.enum(HOLDING_STATUSES),
    investmentDate: dayText,
    committed: moneyText,
    invested: moneyText,
    currentValue: moneyText.nullable(),
    ownershipPct: z.string().nullable(),
    exitDate: dayText.nullable(),
    exitProceeds: moneyText.nullable(),
    metrics: ledgerMetricsSchema,
  })
  .meta({ id: "Holding" });

export const apiCashFlowSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(CASH_FLOW_KINDS),
    day: dayText,
    amount: moneyText.meta({ description: "In the holding's currency." }),
    amountBase: moneyText.meta({ description: "In the portfolio's currency, at the rate of the flow's day." }),
    fxRate: z.string(),
    fxRateDate: dayText,
    fxSource: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: "CashFlow" });
