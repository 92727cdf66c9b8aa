import type { Metadata } from "next";
import { Suspense } from "react";
import { OrgListTable } from "@/components/admin/org-list-table";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { adminAccess } from "@/lib/admin/access";
import { type OrgListQuery, parseOrgListQuery } from "@/lib/admin/schemas";
import { unsafeListOrganisations } from "@/lib/admin/unsafe-list-organisations";

export const metadata: Metadata = { title: "Organisations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A Suspense boundary rather than a loading.tsx, which would turn the 404 others get into a streamed 200. */
export default async function OrganisationsPage({ searchParams }: Props) {
  await requirePageAccess(adminAccess.console);
  const query = parseOrgListQuery(await searchParams);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Console", href: "/admin" }, { label: "Organisations" }]}
        title="Organisations"
        description="Every organisation on the platform: its plan and status, members, this month's AI spend against its budget, stored files and latest activity."
      />
      <Suspense fallback={<OrgListSkeleton />}>
        <Organisations query={query} />
      </Suspense>
    </>
  );
}

async function Organisations({ query }: { query: OrgListQuery }) {
  const now = new Date();
  const page = await unsafeListOrganisations(query, now);
  return <OrgListTable page={page} query={query} now={now.toISOString()} />;
}

function OrgListSkeleton() {
  return (
    <div role="status" aria-live="polite" className="grid gap-2 rounded-lg border border-border p-4">
      <span className="sr-only">Loading organisations…</span>
      <Skeleton className="h-9 w-full max-w-2xl" />
      {Array.from({ length: 8 }, (_, index) => (
        <Skeleton key={index} className="h-10 w-full" />
      ))}
    </div>
  );
}
