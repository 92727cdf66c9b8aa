import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AUDIT_SENTENCES } from "@/lib/audit/audit-sentences";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import type { AuditQuery } from "@/lib/audit/schemas";
import { sentenceText } from "@/lib/audit/sentence-parts";
import { importFxRates } from "@/lib/fx/import-fx-rates";
import { addHolding } from "@/lib/portfolios/add-holding";
import { createPortfolio } from "@/lib/portfolios/create-portfolio";
import { deleteCashFlow } from "@/lib/portfolios/delete-cash-flow";
import { exitHolding } from "@/lib/portfolios/exit-holding";
import { recordCashFlow } from "@/lib/portfolios/record-cash-flow";
import { addHoldingSchema, createPortfolioSchema, exitHoldingSchema, recordCashFlowSchema, updatePortfolioSchema } from "@/lib/portfolios/schemas";
import { updatePortfolio } from "@/lib/portfolios/update-portfolio";
import { createTenant, createTenantProject, db } from "../support/test-db";

const query: AuditQuery = { page: 1, pageSize: 100 };
const log = async (reader: Actor) => (await listAuditLogs(reader, query)).rows.map((row) => sentenceText(row.sentence));

describe("portfolios in the audit log", () => {
  it("has a sentence for every action lib/portfolios audits", () => {
    const dir = path.join(import.meta.dirname, "../../lib/portfolios");
    const actions = readdirSync(dir)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => readFileSync(path.join(dir, file), "utf8").split("\n"))
      .filter((line) => /\baction: /.test(line))
      .flatMap((line) => [...line.matchAll(/"((?:portfolio|holding|cash_flow)\.[a-z_]+)"/g)].map((m) => m[1]!));
    expect(actions).toEqual(
      expect.arrayContaining(["portfolio.created", "portfolio.updated", "holding.added", "cash_flow.recorded", "cash_flow.deleted", "holding.written_off"]),
    );
    expect(actions.filter((code) => !(code in AUDIT_SENTENCES))).toEqual([]);
  });

  it("says who did what to which portfolio and holding, with amounts and the rate used", async () => {
    // Currencies the ECB does not publish (the demo seed loads its history into the shared fx_rates), with rates of their own.
    await importFxRates(db, [
      { rateDate: "2024-05-06", currency: "MWK", rate: "25.0" },
      { rateDate: "2024-05-06", currency: "UGX", rate: "0.98" },
    ]);
    const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
    const ally = await createTenant({ type: "ALLY" });
    const project = await createTenantProject(ally, { isPublished: true, name: `Lodwar Solar ${ally.org.id.slice(0, 6)}` });
    const portfolio = await createPortfolio(investor, createPortfolioSchema.parse({ name: "Fund II", currency: "UGX" }));
    await updatePortfolio(investor, updatePortfolioSchema.parse({ portfolioId: portfolio.id, name: "Fund II", currency: "UGX", status: "CLOSED" }));
    const holding = await addHolding(
      investor,
      addHoldingSchema.parse({ portfolioId: portfolio.id, projectId: project.id, investmentDate: "2024-05-06", committedAmount: "2500000", currency: "MWK" }),
    );
    const call = await recordCashFlow(investor, recordCashFlowSchema.parse({ holdingId: holding.id, kind: "capital_call", flowDate: "2024-05-06", amount: "1000000" }));
    const fee = await recordCashFlow(investor, recordCashFlowSchema.parse({ holdingId: holding.id, kind: "fee", flowDate: "2024-05-06", amount: "5000" }));
    await deleteCashFlow(investor, { flowId: fee.id });
    await exitHolding(investor, exitHoldingSchema.parse({ holdingId: holding.id, outcome: "WRITTEN_OFF", exitDate: "2024-05-06" }));
    expect(call.amountBase.toFixed(4)).toBe("39200.0000");
    const me = investor.user.fullName;
    expect(await log(investor)).toEqual(
      expect.arrayContaining([
        `${me} created portfolio Fund II in UGX`,
        `${me} changed the status of Fund II`,
        `${me} added ${project.name} to Fund II with a commitment of MWK 2,500,000 on 6 May 2024`,
        `${me} recorded a capital call of MWK 1,000,000 on ${project.name} on 6 May 2024 (UGX 39,200 at 0.0392, ECB 2024-05-06)`,
        `${me} removed the fee of MWK 5,000 on 6 May 2024 from ${project.name}`,
        `${me} wrote off ${project.name} on 6 May 2024`,
      ]),
    );
    expect(await log(ally)).toEqual([]);
  });
});
