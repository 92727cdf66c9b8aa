import { ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { CheckCovenantsButton } from "@/components/covenants/check-covenants-button";
import { CovenantBoardTable } from "@/components/covenants/covenant-board-table";
import { COVENANT_STATUS_LABELS } from "@/components/covenants/covenant-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { covenantsAccess } from "@/lib/covenants/access";
import { listCovenants } from "@/lib/covenants/list-covenants";
import type { CovenantStatus } from "@/lib/db/generated/enums";
import { cn } from "@/lib/utils/cn";

export const metadata: Metadata = { title: "Covenant board" };

const TONE: Record<CovenantStatus, string> = { BREACH: "text-danger", WARNING: "text-warning", OK: "text-success", WAIVED: "text-muted-foreground" };
const ORDER: CovenantStatus[] = ["BREACH", "WARNING", "OK", "WAIVED"];

export default async function CovenantBoardPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const tenant = await requireFeaturePage(covenantsAccess.read);
  const requested = (await searchParams).status;
  const status = ORDER.find((s) => s === requested);
  const { covenants, counts } = await listCovenants(tenant, { status, checksPerCovenant: 1 });
  const total = ORDER.reduce((sum, s) => sum + counts[s], 0);
  return (
    <>
      <PageHeader
        title="Covenant board"
        description="Every covenant on your holdings, worst first. Checks run every morning, after each new flow and when a developer reports a KPI; each change of status notifies the holding's team."
        breadcrumbs={[{ label: "Portfolios", href: "/portfolios" }, { label: "Covenants" }]}
        actions={hasAccess(tenant, covenantsAccess.write) && total ? <CheckCovenantsButton label="Check all now" /> : null}
      />
      {total === 0 ? (
        <EmptyState
          icon={ShieldAlert}
          title="No covenants yet"
          description="Open a holding in one of your portfolios and set its covenants: DSCR, availability, IRR floors, gearing caps."
        />
      ) : (
        <div className="grid gap-4">
          <nav aria-label="Filter by status" className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {[undefined, ...ORDER].map((s) => (
              <Link
                key={s ?? "all"}
                href={s ? `/portfolios/covenants?status=${s}` : "/portfolios/covenants"}
                aria-current={status === s ? "page" : undefined}
                className={cn("rounded-lg border border-border bg-surface p-3 shadow-card hover:border-primary", status === s && "border-primary ring-1 ring-primary")}
              >
                <span className="block text-sm text-muted-foreground">{s ? COVENANT_STATUS_LABELS[s] : "All"}</span>
                <span className={cn("text-2xl font-semibold tabular-nums", s && TONE[s])}>{s ? counts[s] : total}</span>
              </Link>
            ))}
          </nav>
          {covenants.length ? (
            <CovenantBoardTable covenants={covenants} />
          ) : (
            <p className="text-sm text-muted-foreground">No covenant is {COVENANT_STATUS_LABELS[status!].toLowerCase()} right now.</p>
          )}
        </div>
      )}
    </>
  );
}
