import { ArrowRight, Gauge, Landmark, ListChecks, type LucideIcon, ScrollText, Sparkles } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SystemHealthPanel } from "@/components/admin/system-health-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { adminAccess } from "@/lib/admin/access";
import { unsafeCheckSystemHealth } from "@/lib/admin/unsafe-check-system-health";

export const metadata: Metadata = { title: "Platform console" };

const LINKS: { href: string; label: string; description: string; icon: LucideIcon }[] = [
  { href: "/admin/organisations", label: "Organisations", description: "Plans, statuses, AI budgets and feature flags of every org.", icon: Landmark },
  { href: "/admin/audit", label: "Platform audit", description: "Search the audit log of every organisation.", icon: ScrollText },
  { href: "/admin/prompts", label: "Prompts", description: "The versioned prompts every AI task runs with.", icon: Sparkles },
  { href: "/admin/ai-usage", label: "AI usage", description: "AI spend across organisations against their budgets.", icon: Gauge },
  { href: "/admin/jobs", label: "Jobs", description: "Background work of every organisation, and retries.", icon: ListChecks },
];

/** The platform admin's home: where to go, and whether the platform is healthy (checked on every load). */
export default async function PlatformConsolePage() {
  await requirePageAccess(adminAccess.console);
  return (
    <>
      <PageHeader title="Platform console" description="Steer the organisations on the platform and watch its health." />
      <div className="grid gap-8">
        <nav aria-label="Console sections" className="grid gap-3 sm:grid-cols-2 xl:grid-cols-5">
          {LINKS.map(({ href, label, description, icon: Icon }) => (
            <Link
              key={href}
              href={href}
              className="group grid gap-1 rounded-lg border border-border bg-surface p-4 shadow-card transition-colors hover:border-primary focus-visible:outline-2 focus-visible:outline-ring"
            >
              <span className="flex items-center gap-2 font-medium text-foreground">
                <Icon aria-hidden className="size-4 text-primary" /> {label}
                <ArrowRight aria-hidden className="ml-auto size-4 opacity-0 transition-opacity group-hover:opacity-100" />
              </span>
              <span className="text-sm text-muted-foreground">{description}</span>
            </Link>
          ))}
        </nav>
        <Suspense fallback={<HealthSkeleton />}>
          <Health />
        </Suspense>
      </div>
    </>
  );
}

async function Health() {
  return <SystemHealthPanel health={await unsafeCheckSystemHealth()} />;
}

function HealthSkeleton() {
  return (
    <div role="status" aria-live="polite" className="grid gap-4">
      <span className="sr-only">Checking the platform's health…</span>
      <div className="grid gap-4 md:grid-cols-3">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} className="h-36 rounded-lg" />
        ))}
      </div>
      <Skeleton className="h-40 rounded-lg" />
    </div>
  );
}
