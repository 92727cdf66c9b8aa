import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { CASH_FLOW_KIND_LABELS, type CashFlowKind } from "./portfolio-constants";
import type { DeleteCashFlowInput } from "./schemas";
import { syncHoldingFromFlows } from "./sync-holding-from-flows";
import { dayOf } from "./today-iso";

/** Removes a mistaken flow from an active holding's ledger; the holding's summary follows. Exit proceeds go with the exit. */
export async function deleteCashFlow(actor: Actor, input: DeleteCashFlowInput) {
  return auditedWrite(actor, async (tx) => {
    const flow = looksLikeUuid(input.flowId)
      ? await tx.portfolioCashFlow.findFirst({
          where: { id: input.flowId, orgId: actor.org.id, holding: { orgId: actor.org.id } },
          include: { holding: { select: { id: true, portfolioId: true, status: true, currency: true, project: { select: { name: true } } } } },
        })
      : null;
    if (!flow) throw notFound("Cash flow");
    if (flow.holding.status !== "ACTIVE") throw new AppError("INVALID_TRANSITION", `${flow.holding.project.name} is closed: its ledger can no longer change.`);
    if (flow.kind === "exit_proceeds") throw new AppError("INVALID_TRANSITION", "Exit proceeds belong to the exit and are not removed on their own.");
    const { count } = await tx.portfolioCashFlow.deleteMany({ where: { id: flow.id, orgId: actor.org.id } });
    if (count !== 1) throw notFound("Cash flow");
    await syncHoldingFromFlows(tx, flow.holding.id);
    await emit(tx, "cash_flow.recorded", {
      orgId: actor.org.id,
      portfolioId: flow.holding.portfolioId,
      holdingId: flow.holding.id,
      flowId: flow.id,
      kind: flow.kind as CashFlowKind,
      removed: true,
    });
    return {
      result: { holdingId: flow.holding.id, portfolioId: flow.holding.portfolioId },
      audit: {
        action: "cash_flow.deleted",
        entityType: "PortfolioHolding",
        entityId: flow.holding.id,
        changes: {
          before: {
            flowId: flow.id,
            project: flow.holding.project.name,
            kind: CASH_FLOW_KIND_LABELS[flow.kind as CashFlowKind],
            flowDate: dayOf(flow.flowDate),
            amount: flow.amount.toFixed(4),
            currency: flow.holding.currency,
          },
        },
      },
    };
  });
}
