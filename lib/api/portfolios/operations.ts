import { z } from "zod";
import { defineApiOperation } from "../define-api-operation";
import { apiCashFlowSchema, apiHoldingRowSchema, apiHoldingSchema, createApiHoldingBodySchema, recordApiCashFlowBodySchema } from "./holding-schemas";
import { apiCovenantSchema, apiPortfolioSchema, apiPortfolioSummarySchema } from "./portfolio-schemas";

const portfolioParams = z.object({ portfolioId: z.string().meta({ description: "The portfolio's id." }) });
const holdingParams = z.object({ holdingId: z.string().meta({ description: "The holding's id." }) });
const INVESTORS_ONLY = "Portfolios are an investor organisation's: another kind of org's key gets 404.";

export const listPortfoliosOperation = defineApiOperation({
  id: "listPortfolios",
  method: "GET",
  path: "/portfolios",
  scope: "portfolios:read",
  tag: "Portfolios",
  summary: "List the org's portfolios with their totals, newest first",
  description: `Every portfolio in one answer (an org keeps a handful), each with its totals in its own currency. ${INVESTORS_ONLY}`,
  response: z.object({ data: z.array(apiPortfolioSummarySchema) }),
});

export const getPortfolioOperation = defineApiOperation({
  id: "getPortfolio",
  method: "GET",
  path: "/portfolios/{portfolioId}",
  scope: "portfolios:read",
  tag: "Portfolios",
  summary: "Get one portfolio with its ledger metrics",
  description: `Paid-in, distributed, NAV, multiples and IRR from the ledger, in the portfolio's currency. ${INVESTORS_ONLY}`,
  params: portfolioParams,
  response: z.object({ data: apiPortfolioSchema }),
});

export const listHoldingsOperation = defineApiOperation({
  id: "listHoldings",
  method: "GET",
  path: "/portfolios/{portfolioId}/holdings",
  scope: "portfolios:read",
  tag: "Portfolios",
  summary: "List a portfolio's holdings with their figures",
  params: portfolioParams,
  response: z.object({ data: z.array(apiHoldingRowSchema) }),
});

export const createHoldingOperation = defineApiOperation({
  id: "createHolding",
  method: "POST",
  path: "/portfolios/{portfolioId}/holdings",
  scope: "portfolios:write",
  tag: "Portfolios",
  summary: "Add a holding of a project to a portfolio",
  description:
    "Validated as the add-holding form. The project must be one the investor may hold: a marketplace listing or a deal in its pipeline (404 otherwise); a project is held once per portfolio (409). Nothing is drawn until a capital call is recorded.",
  params: portfolioParams,
  body: createApiHoldingBodySchema,
  response: z.object({ data: apiHoldingSchema }),
  successStatus: 201,
  writes: true,
});

export const listPortfolioCovenantsOperation = defineApiOperation({
  id: "listPortfolioCovenants",
  method: "GET",
  path: "/portfolios/{portfolioId}/covenants",
  scope: "portfolios:read",
  tag: "Portfolios",
  summary: "List the covenants on a portfolio's holdings, worst first",
  params: portfolioParams,
  response: z.object({ data: z.array(apiCovenantSchema) }),
});

export const getHoldingOperation = defineApiOperation({
  id: "getHolding",
  method: "GET",
  path: "/holdings/{holdingId}",
  scope: "portfolios:read",
  tag: "Portfolios",
  summary: "Get one holding with its ledger metrics",
  params: holdingParams,
  response: z.object({ data: apiHoldingSchema }),
});

export const listCashFlowsOperation = defineApiOperation({
  id: "listCashFlows",
  method: "GET",
  path: "/holdings/{holdingId}/cash-flows",
  scope: "portfolios:read",
  tag: "Portfolios",
  summary: "List a holding's cash flows, oldest first",
  description: "The whole ledger in one answer: a holding has a few flows a quarter.",
  params: holdingParams,
  response: z.object({ data: z.array(apiCashFlowSchema) }),
});

export const recordCashFlowOperation = defineApiOperation({
  id: "recordCashFlow",
  method: "POST",
  path: "/holdings/{holdingId}/cash-flows",
  scope: "portfolios:write",
  tag: "Portfolios",
  summary: "Record a capital call, distribution, fee or valuation",
  description:
    "Validated as the holding page's form, converted to the portfolio's currency at the rate of the flow's day. Refused (422): a day before the investment or in the future, a distribution before any capital call, a day with no rate. An exited or written-off holding's ledger is closed (422, INVALID_TRANSITION).",
  params: holdingParams,
  body: recordApiCashFlowBodySchema,
  response: z.object({ data: apiCashFlowSchema }),
  successStatus: 201,
  writes: true,
});

export const PORTFOLIO_OPERATIONS = [
  listPortfoliosOperation,
  getPortfolioOperation,
  listHoldingsOperation,
  createHoldingOperation,
  listPortfolioCovenantsOperation,
  getHoldingOperation,
  listCashFlowsOperation,
  recordCashFlowOperation,
];
