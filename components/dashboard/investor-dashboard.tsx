import { Globe, Layers, Store } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { StatCard } from "@/components/ui/stat-card";
import type { InvestorDashboard as InvestorDashboardData } from "@/lib/dashboard/get-investor-dashboard";
import { RecentActivityCard } from "./recent-activity-card";
import { TechnologyBreakdownCard } from "./technology-breakdown-card";

export function InvestorDashboard({ data }: { data: InvestorDashboardData }) {
  const { marketplace } = data;
  return (
    <div className="grid gap-6">
      <section aria-label="Marketplace" className="grid gap-4 sm:grid-cols-3">
        <StatCard label="Published projects" value={marketplace.publishedProjects} hint="Listed on the marketplace by project developers" icon={Store} />
        <StatCard label="Countries" value={marketplace.countries} hint="Where published projects are located" icon={Globe} tone="info" />
        <StatCard label="Technologies" value={marketplace.byType.length} hint="Distinct project types on offer" icon={Layers} tone="success" />
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        {marketplace.publishedProjects === 0 ? (
          <EmptyState icon={Store} title="No projects on the marketplace yet" description="When project developers publish their projects, they are counted here." />
        ) : (
          <TechnologyBreakdownCard byType={marketplace.byType} total={marketplace.publishedProjects} />
        )}
        <RecentActivityCard entries={data.recentActivity} />
      </div>
    </div>
  );
}
