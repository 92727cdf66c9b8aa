import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-db-client";
import { AppError } from "@/lib/errors/app-error";
import { emitMany } from "@/lib/events/emit-many";
import { distributionProblem } from "./check-ledger-rules";
import type { HoldingToImport } from "./import/plan-holdings-import";
import type { CashFlowToImport } from "./import/plan-cash-flows-import";
import { planPortfolioImport } from "./import/plan-portfolio-import";
import type { ImportPortfolioRowsInput } from "./import/schemas";
import { syncHoldingFromFlows } from "./sync-holding-from-flows";
import { dayOf } from "./today-iso";

type Portfolio = { id: string; name: string; currency: string };

/**
 * All the rows of a file, or none: the file is read and every row checked again (as the preview
 * did), and only a file without a single error is written, in one transaction with one audit entry
 * and the same events as adding each holding or recording each flow by hand.
 */
export async function importPortfolioRows(actor: Actor, input: ImportPortfolioRowsInput) {
  const { portfolio, preview, planned } = await planPortfolioImport(actor, input);
  const failing = preview.rows.filter((row) => row.errors.length > 0).length;
  if (failing > 0)
    throw new AppError("VALIDATION", `${failing} ${failing === 1 ? "row has" : "rows have"} errors: nothing was imported. Fix them and upload the file again.`);
  if (preview.rows.length !== input.expectedRows)
    throw new AppError("STALE_WRITE", `The file has ${preview.rows.length} rows, not the ${input.expectedRows} previewed: preview it again.`);
  return auditedWrite(actor, async (tx) => {
    const count = planned.kind === "holdings" ? await writeHoldings(tx, actor, portfolio, planned.items) : await writeCashFlows(tx, actor, portfolio, planned.items);
    return {
      result: { portfolioId: portfolio.id, kind: planned.kind, count },
      audit: {
        action: "portfolio.imported",
        entityType: "Portfolio",
        entityId: portfolio.id,
        changes: { after: { portfolio: portfolio.name, imported: planned.kind, rows: count, fileName: input.fileName } },
      },
    };
  });
}

async function writeHoldings(tx: Tx, actor: Actor, portfolio: Portfolio, items: HoldingToImport[]) {
  const taken = await tx.portfolioHolding.findFirst({
    where: { orgId: actor.org.id, portfolioId: portfolio.id, projectId: { in: items.map((item) => item.project.id) } },
    include: { project: { select: { name: true } } },
  });
  if (taken) throw new AppError("CONFLICT", `${taken.project.name} became a holding of ${portfolio.name} meanwhile: nothing was imported. Preview the file again.`);
  // One INSERT ... FROM unnest: Prisma's createMany takes seconds for thousands of rows, past the transaction's 5 s.
  const created = await tx.$queryRaw<{ id: string; projectId: string }[]>`
    INSERT INTO portfolio_holdings (org_id, portfolio_id, project_id, investment_date, committed_amount, currency, ownership_pct, updated_at)
    SELECT ${actor.org.id}::uuid, ${portfolio.id}::uuid, project_id, investment_date, committed_amount, currency, ownership_pct, now()
      FROM unnest(${items.map((i) => i.project.id)}::uuid[], ${items.map((i) => i.investmentDate)}::date[], ${items.map((i) => i.committedAmount)}::numeric[],
                  ${items.map((i) => i.currency)}::text[], ${items.map((i) => i.ownershipPct)}::numeric[])
           AS h(project_id, investment_date, committed_amount, currency, ownership_pct)
    RETURNING id::text AS id, project_id::text AS "projectId"`;
  await emitMany(
    tx,
    "holding.added",
    created.map((holding) => ({ orgId: actor.org.id, portfolioId: portfolio.id, holdingId: holding.id, projectId: holding.projectId })),
  );
  return created.length;
}

async function writeCashFlows(tx: Tx, actor: Actor, portfolio: Portfolio, items: CashFlowToImport[]) {
  const holdingIds = [...new Set(items.map((item) => item.holding.id))];
  const open = await tx.portfolioHolding.count({ where: { id: { in: holdingIds }, orgId: actor.org.id, portfolioId: portfolio.id, status: "ACTIVE" } });
  if (open !== holdingIds.length)
    throw new AppError("STALE_WRITE", "A holding of the file was exited or removed meanwhile: nothing was imported. Preview the file again.");
  // A capital call deleted since the check would leave a distribution before any call: the rule again, in the transaction.
  const calls = await tx.portfolioCashFlow.groupBy({ by: ["holdingId"], where: { holdingId: { in: holdingIds }, kind: "capital_call" }, _min: { flowDate: true } });
  const firstCall = new Map(calls.map((c) => [c.holdingId, c._min.flowDate ? dayOf(c._min.flowDate) : null]));
  for (const item of items.filter((i) => i.kind === "capital_call")) {
    const earliest = firstCall.get(item.holding.id);
    if (!earliest || item.flowDate < earliest) firstCall.set(item.holding.id, item.flowDate);
  }
  const early = items.find((item) => distributionProblem(item.kind, item.flowDate, firstCall.get(item.holding.id) ?? null));
  if (early)
    throw new AppError(
      "STALE_WRITE",
      `Row ${early.row}: ${distributionProblem(early.kind, early.flowDate, firstCall.get(early.holding.id) ?? null)!.message} Nothing was imported.`,
    );
  const created = await tx.$queryRaw<{ id: string; holdingId: string; kind: CashFlowToImport["kind"] }[]>`
    INSERT INTO portfolio_cash_flows (org_id, holding_id, kind, flow_date, amount, amount_base, fx_rate, fx_rate_date, fx_source, note, created_by)
    SELECT ${actor.org.id}::uuid, holding_id, kind, flow_date, amount, amount_base, fx_rate, fx_rate_date, fx_source, note, ${actor.user.id}::uuid
      FROM unnest(${items.map((i) => i.holding.id)}::uuid[], ${items.map((i) => i.kind)}::text[], ${items.map((i) => i.flowDate)}::date[],
                  ${items.map((i) => i.amount)}::numeric[], ${items.map((i) => i.conversion.amountBase)}::numeric[], ${items.map((i) => i.conversion.fxRate)}::numeric[],
                  ${items.map((i) => i.conversion.fxRateDate)}::date[], ${items.map((i) => i.conversion.fxSource)}::text[], ${items.map((i) => i.note)}::text[])
           AS f(holding_id, kind, flow_date, amount, amount_base, fx_rate, fx_rate_date, fx_source, note)
    RETURNING id::text AS id, holding_id::text AS "holdingId", kind`;
  for (const holdingId of holdingIds) await syncHoldingFromFlows(tx, holdingId);
  await emitMany(
    tx,
    "cash_flow.recorded",
    created.map((flow) => ({
      orgId: actor.org.id,
      portfolioId: portfolio.id,
      holdingId: flow.holdingId,
      flowId: flow.id,
      kind: flow.kind,
      removed: false,
    })),
  );
  return created.length;
}
