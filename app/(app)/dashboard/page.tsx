import type { Metadata } from "next";
import { AdminDashboard } from "@/components/dashboard/admin-dashboard";
import { AllyDashboard } from "@/components/dashboard/ally-dashboard";
import { InvestorDashboard } from "@/components/dashboard/investor-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { getAdminDashboard } from "@/lib/dashboard/get-admin-dashboard";
import { getAllyDashboard } from "@/lib/dashboard/get-ally-dashboard";
import { getInvestorDashboard } from "@/lib/dashboard/get-investor-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

const DESCRIPTION: Record<TenantContext["org"]["type"], string> = {
  ALLY: "Your projects, upcoming and delayed milestones, and what your team has changed lately.",
  INVESTOR: "What is on the marketplace today, and what your team has changed lately.",
  ADMIN: "The size of the platform, and what the operator team has changed lately.",
};

export default async function DashboardPage() {
  const tenant = await requireTenantPage();
  const firstName = tenant.user.fullName.split(/\s+/)[0] || tenant.user.fullName;
  return (
    <>
      <PageHeader title="Dashboard" description={`Welcome back, ${firstName}. ${DESCRIPTION[tenant.org.type]}`} />
      <DashboardBody tenant={tenant} />
    </>
  );
}

async function DashboardBody({ tenant }: { tenant: TenantContext }) {
  switch (tenant.org.type) {
    case "ALLY":
      return <AllyDashboard data={await getAllyDashboard(tenant)} />;
    case "INVESTOR":
      return <InvestorDashboard data={await getInvestorDashboard(tenant)} />;
    case "ADMIN":
      return <AdminDashboard data={await getAdminDashboard(tenant)} />;
  }
}
