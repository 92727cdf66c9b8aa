import type { AuditEntry } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/create-db-client";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import type { AddHoldingInput } from "./schemas";

type HoldingTerms = Omit<AddHoldingInput, "projectId" | "portfolioId">;

/** The holding row, its event and its audit entry, inside the caller's transaction; a project is held once per portfolio. */
export async function createHoldingRow(
  tx: Tx,
  actor: { org: { id: string } },
  portfolio: { id: string; name: string },
  project: { id: string; name: string },
  terms: HoldingTerms,
  auditExtra: Record<string, unknown> = {},
) {
  const existing = await tx.portfolioHolding.findFirst({ where: { orgId: actor.org.id, portfolioId: portfolio.id, projectId: project.id }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", `${project.name} is already a holding of ${portfolio.name}.`);
  const holding = await tx.portfolioHolding.create({
    data: {
      orgId: actor.org.id,
      portfolioId: portfolio.id,
      projectId: project.id,
      investmentDate: new Date(`${terms.investmentDate}T00:00:00Z`),
      committedAmount: terms.committedAmount,
      currency: terms.currency,
      ownershipPct: terms.ownershipPct,
    },
  });
  await emit(tx, "holding.added", { orgId: actor.org.id, portfolioId: portfolio.id, holdingId: holding.id, projectId: project.id });
  const audit: AuditEntry = {
    action: "holding.added",
    entityType: "PortfolioHolding",
    entityId: holding.id,
    changes: {
      after: {
        project: project.name,
        portfolio: portfolio.name,
        committedAmount: holding.committedAmount.toFixed(4),
        currency: holding.currency,
        investmentDate: terms.investmentDate,
        ...auditExtra,
      },
    },
  };
  return { holding, audit };
}
