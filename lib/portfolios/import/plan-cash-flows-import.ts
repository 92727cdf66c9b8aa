import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { closedLedgerProblem, distributionProblem, flowDateProblem } from "../check-ledger-rules";
import type { FlowConversion } from "../convert-flow-to-base";
import { CASH_FLOW_KIND_LABELS, type RecordableFlowKind } from "../portfolio-constants";
import { dayOf } from "../today-iso";
import { convertImportFlows } from "./convert-import-flows";
import type { ImportPreviewRow } from "./import-options";
import type { ParsedImportRow } from "./parse-import-rows";
import { projectRefKey } from "./resolve-holdable-projects";
import { importCashFlowRowSchema } from "./schemas";
import { addRowError, parseRowWith } from "./zod-row-errors";

type Holding = { id: string; projectId: string; currency: string; status: string; investedOn: string; projectName: string };
export type CashFlowToImport = {
  row: number;
  holding: Holding;
  kind: RecordableFlowKind;
  flowDate: string;
  amount: string;
  note: string | null;
  conversion: FlowConversion;
};

export const cashFlowsPreviewColumns = (base: string) => [
  { key: "project", label: "Project" },
  { key: "flowDate", label: "Date" },
  { key: "kind", label: "Kind" },
  { key: "amount", label: "Amount" },
  { key: "currency", label: "Currency" },
  { key: "amountBase", label: `Amount (${base})` },
  { key: "fxRate", label: "Rate used" },
  { key: "note", label: "Note" },
];

/** The portfolio's holdings by project id and by project name (case aside), each with its earliest capital call, if any. */
async function loadHoldings(scope: Pick<TenantContext, "org">, portfolioId: string) {
  const rows = await db.portfolioHolding.findMany({ where: { orgId: scope.org.id, portfolioId }, include: { project: { select: { name: true } } } });
  const calls = await db.portfolioCashFlow.groupBy({
    by: ["holdingId"],
    where: { orgId: scope.org.id, holdingId: { in: rows.map((h) => h.id) }, kind: "capital_call" },
    _min: { flowDate: true },
  });
  const firstCall = new Map(calls.map((c) => [c.holdingId, c._min.flowDate ? dayOf(c._min.flowDate) : null]));
  const holdings = new Map<string, Holding[]>();
  for (const h of rows) {
    const holding = { id: h.id, projectId: h.projectId, currency: h.currency, status: h.status, investedOn: dayOf(h.investmentDate), projectName: h.project.name };
    for (const ref of [h.projectId, projectRefKey(h.project.name)]) holdings.set(ref, [...(holdings.get(ref) ?? []), holding]);
  }
  return { holdings, firstCall };
}

/**
 * Each row checked as recordCashFlow checks one: an existing, open holding of this portfolio (by
 * its project's name or id), not before the investment, not in the future, no distribution before
 * the first capital call (the file's own calls count, whatever their row), a rate for the day.
 */
export async function planCashFlowsImport(
  scope: Pick<TenantContext, "org">,
  portfolio: { id: string; name: string; currency: string },
  rows: ParsedImportRow[],
  today: string,
): Promise<{ preview: ImportPreviewRow[]; items: CashFlowToImport[] }> {
  const { holdings, firstCall } = await loadHoldings(scope, portfolio.id);
  const checked = rows.map((parsed) => {
    if (parsed.fields.kind && projectRefKey(parsed.fields.kind).replace(/_/g, " ") === "exit proceeds")
      addRowError(parsed, "Kind", "Exit proceeds come with an exit: record the exit on the holding's page.");
    const input = parseRowWith(importCashFlowRowSchema, "cash-flows", parsed);
    const matches = input ? (holdings.get(projectRefKey(input.project)) ?? []) : [];
    if (input && matches.length === 0)
      addRowError(parsed, "Project", `${portfolio.name} has no holding of "${input.project}": add the holding first (a cash-flow file refers to existing holdings).`);
    if (matches.length > 1) addRowError(parsed, "Project", `${matches.length} holdings have projects named "${input!.project}": give the project's id instead.`);
    const holding = matches.length === 1 ? matches[0]! : null;
    const closed = holding ? closedLedgerProblem(holding) : null;
    if (closed) addRowError(parsed, "Project", closed);
    if (holding && input?.currency && input.currency !== holding.currency)
      addRowError(parsed, "Currency", `${holding.projectName} is held in ${holding.currency}, not ${input.currency}: amounts are in the holding's currency.`);
    const dateProblem = holding && input ? flowDateProblem(input.flowDate, holding, today) : null;
    if (dateProblem) addRowError(parsed, "Date", dateProblem.message);
    return { parsed, input, holding };
  });
  // The file's capital calls count towards "invested yet", as they are written with its distributions.
  for (const { input, holding } of checked) {
    if (input?.kind !== "capital_call" || !holding) continue;
    const earliest = firstCall.get(holding.id);
    if (!earliest || input.flowDate < earliest) firstCall.set(holding.id, input.flowDate);
  }
  for (const { parsed, input, holding } of checked) {
    const problem = input && holding ? distributionProblem(input.kind, input.flowDate, firstCall.get(holding.id) ?? null) : null;
    if (problem) addRowError(parsed, "Date", problem.message);
  }
  const convertible = checked.filter(({ parsed, input, holding }) => parsed.errors.length === 0 && input && holding);
  const conversions = await convertImportFlows(
    convertible.map(({ input, holding }) => ({ amount: input!.amount, from: holding!.currency, to: portfolio.currency, day: input!.flowDate })),
  );
  const conversionOf = new Map(convertible.map(({ parsed }, i) => [parsed.row, conversions[i]!]));
  const items: CashFlowToImport[] = [];
  const preview = checked.map(({ parsed, input, holding }) => {
    const conversion = conversionOf.get(parsed.row);
    if (conversion && "missing" in conversion) addRowError(parsed, "Date", conversion.missing);
    const converted = conversion && !("missing" in conversion) ? conversion : null;
    if (converted && input && holding)
      items.push({ row: parsed.row, holding, kind: input.kind, flowDate: input.flowDate, amount: input.amount, note: input.note, conversion: converted });
    return {
      row: parsed.row,
      values: {
        project: holding?.projectName ?? parsed.fields.project ?? null,
        flowDate: parsed.fields.flowDate ?? null,
        kind: input ? CASH_FLOW_KIND_LABELS[input.kind] : (parsed.fields.kind ?? null),
        amount: input?.amount ?? parsed.fields.amount ?? null,
        currency: holding?.currency ?? parsed.fields.currency ?? null,
        amountBase: converted?.amountBase ?? null,
        fxRate: converted ? (converted.fxSource === "identity" ? "same currency" : `${converted.fxRate} (${converted.fxSource} ${converted.fxRateDate})`) : null,
        note: input?.note ?? parsed.fields.note ?? null,
      },
      errors: parsed.errors,
    };
  });
  return { preview, items };
}
