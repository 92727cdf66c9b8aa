import type { ReactNode } from "react";
import { PastDueBanner } from "@/components/access/past-due-banner";
import { AppSidebar } from "@/components/shell/app-sidebar";
import { TopBar } from "@/components/shell/top-bar";
import { toAccessSubject } from "@/lib/access/check-access";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const tenant = await requireTenantPage();
  return (
    <div className="min-h-dvh lg:pl-64">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:shadow-pop"
      >
        Skip to content
      </a>
      <AppSidebar access={toAccessSubject(tenant)} />
      <div className="flex min-h-dvh min-w-0 flex-col">
        <TopBar tenant={tenant} />
        <main id="main" tabIndex={-1} className="flex-1 px-4 py-6 outline-none sm:px-6 lg:px-8 lg:py-8">
          <div className="mx-auto w-full max-w-7xl">
            {tenant.org.status === "past_due" ? <PastDueBanner canManage={tenant.role === "admin"} /> : null}
            {children}
          </div>
        </main>
      </div>
    </div>
  );
}
