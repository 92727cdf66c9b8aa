import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getPortfolioOrThrow } from "../get-portfolio-or-throw";
import { readBackfillStatus } from "./read-backfill-status";
import type { BackfillSnapshotsInput } from "./schemas";

/**
 * Asks for a portfolio's snapshots over a range of days: the job (backfill-portfolio-snapshots)
 * does the work and reports its progress on the portfolio page. One backfill per portfolio at a time.
 */
export async function requestSnapshotBackfill(actor: Actor, input: BackfillSnapshotsInput) {
  const portfolio = await getPortfolioOrThrow(actor, input.portfolioId);
  const pending = await readBackfillStatus(actor, portfolio.id);
  if (pending && pending.state !== "failed") throw new AppError("CONFLICT", "A backfill of this portfolio is already under way: wait for it to finish.");
  return auditedWrite(actor, async (tx) => {
    await emit(tx, "portfolio.snapshots_backfill_requested", {
      orgId: actor.org.id,
      portfolioId: portfolio.id,
      from: input.from,
      to: input.to,
      requestedBy: actor.user.id,
    });
    return {
      result: { portfolioId: portfolio.id },
      audit: {
        action: "portfolio.snapshots_backfill_requested",
        entityType: "Portfolio",
        entityId: portfolio.id,
        changes: { after: { portfolio: portfolio.name, from: input.from, to: input.to } },
      },
    };
  });
}
