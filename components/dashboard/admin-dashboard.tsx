import { Building, Handshake, Landmark, ShieldCheck, UsersRound } from "lucide-react";
import { StatCard } from "@/components/ui/stat-card";
import type { AdminDashboard as AdminDashboardData } from "@/lib/dashboard/get-admin-dashboard";
import { RecentActivityCard } from "./recent-activity-card";

export function AdminDashboard({ data }: { data: AdminDashboardData }) {
  const { platform } = data;
  const orgs = platform.organisationsByType;
  return (
    <div className="grid gap-6">
      <section aria-label="Platform" className="grid grid-cols-2 gap-4 xl:grid-cols-5">
        <StatCard label="Organisations" value={platform.totalOrganisations} hint="All tenants on the platform" icon={Building} />
        <StatCard label="Allies" value={orgs.ALLY} hint="Project developers" icon={Handshake} tone="success" />
        <StatCard label="Investors" value={orgs.INVESTOR} hint="Investor organisations" icon={Landmark} tone="info" />
        <StatCard label="Admin" value={orgs.ADMIN} hint="Platform operator" icon={ShieldCheck} tone="warning" />
        <StatCard
          label="Active users"
          value={platform.activeUsers}
          hint={platform.inactiveUsers > 0 ? `${platform.inactiveUsers} deactivated` : "No deactivated users"}
          icon={UsersRound}
          tone="muted"
          className="col-span-2 xl:col-span-1"
        />
      </section>
      <RecentActivityCard entries={data.recentActivity} />
    </div>
  );
}
