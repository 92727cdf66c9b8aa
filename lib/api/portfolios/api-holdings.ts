import "server-only";
import type { z } from "zod";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { addHolding } from "@/lib/portfolios/add-holding";
import { getHoldingOrThrow } from "@/lib/portfolios/get-holding-or-throw";
import { getHoldingView } from "@/lib/portfolios/get-holding-view";
import { recordCashFlow } from "@/lib/portfolios/record-cash-flow";
import { toCashFlowRowDto } from "@/lib/portfolios/to-cash-flow-row-dto";
import { assertApiOrgType } from "../assert-api-org-type";
import type { createApiHoldingBodySchema, recordApiCashFlowBodySchema } from "./holding-schemas";

/** A holding without its flows: the API serves those as their own list. */
async function readHolding(actor: ApiKeyActor, holdingId: string) {
  const { flows: _flows, ...holding } = await getHoldingView(actor, holdingId);
  return holding;
}

export async function getApiHolding(actor: ApiKeyActor, holdingId: string) {
  assertApiOrgType(actor, portfoliosAccess.read);
  return { data: await readHolding(actor, holdingId) };
}

/** The holding's whole ledger, oldest first: a holding has a few flows a quarter, so one page holds them. */
export async function listApiCashFlows(actor: ApiKeyActor, holdingId: string) {
  assertApiOrgType(actor, portfoliosAccess.read);
  const holding = await getHoldingOrThrow(actor, holdingId);
  const rows = await db.portfolioCashFlow.findMany({
    where: { orgId: actor.org.id, holdingId: holding.id },
    orderBy: [{ flowDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  return { data: rows.map(toCashFlowRowDto) };
}

/** addHolding as the add-holding form calls it: the same checks, event and audit row (naming the key). */
export async function createApiHolding(actor: ApiKeyActor, portfolioId: string, body: z.output<typeof createApiHoldingBodySchema>) {
  assertApiOrgType(actor, portfoliosAccess.write);
  const holding = await addHolding(actor, { ...body, portfolioId });
  return { data: await readHolding(actor, holding.id) };
}

/** recordCashFlow as the holding page calls it: converted at the day's rate, audited as the key. */
export async function recordApiCashFlow(actor: ApiKeyActor, holdingId: string, body: z.output<typeof recordApiCashFlowBodySchema>) {
  assertApiOrgType(actor, portfoliosAccess.write);
  const flow = await recordCashFlow(actor, { ...body, holdingId });
  return { data: toCashFlowRowDto(flow) };
}
