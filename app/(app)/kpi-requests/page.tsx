import { ClipboardList } from "lucide-react";
import type { Metadata } from "next";
import { AllyKpiRequestsTable } from "@/components/project-kpis/ally-kpi-requests-table";
import { KpiSheetUpload } from "@/components/project-kpis/kpi-sheet-upload";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { projectKpisAccess } from "@/lib/project-kpis/access";
import { listAllyKpiRequests } from "@/lib/project-kpis/list-ally-kpi-requests";

export const metadata: Metadata = { title: "KPI requests" };

export default async function KpiRequestsPage() {
  const tenant = await requireFeaturePage(projectKpisAccess.allyRead);
  const { open, answered } = await listAllyKpiRequests(tenant);
  const canReport = hasAccess(tenant, projectKpisAccess.report);
  return (
    <>
      <PageHeader
        title="KPI requests"
        description="What the investors holding your projects ask you to report each period, against their targets. One actual answers every investor that asked for it; you can correct it later by reporting the period again."
      />
      <div className="grid gap-8">
        <section className="grid gap-3" aria-labelledby="open-heading">
          <h2 id="open-heading" className="text-lg font-semibold">
            Waiting for you ({open.length})
          </h2>
          {open.length ? (
            <AllyKpiRequestsTable requests={open} canReport={canReport} />
          ) : (
            <EmptyState icon={ClipboardList} size="sm" title="Nothing to report" description="When an investor asks for a period's actuals, the request appears here." />
          )}
        </section>
        {canReport ? (
          <Card>
            <CardHeader>
              <CardTitle>Upload a sheet of actuals</CardTitle>
            </CardHeader>
            <CardContent>
              <KpiSheetUpload />
            </CardContent>
          </Card>
        ) : null}
        {answered.length ? (
          <section className="grid gap-3" aria-labelledby="answered-heading">
            <h2 id="answered-heading" className="text-lg font-semibold">
              Reported
            </h2>
            <AllyKpiRequestsTable requests={answered} canReport={false} />
          </section>
        ) : null}
      </div>
    </>
  );
}
