import { Telescope } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { DiscoverableMandateCard } from "@/components/matching/inbox/discoverable-mandate-card";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { matchingAccess } from "@/lib/matching/access";
import { DISCOVERABLE_MANDATES_PAGE_SIZE, listDiscoverableMandates } from "@/lib/matching/inbox/list-discoverable-mandates";
import { listProposableProjects } from "@/lib/matching/inbox/list-proposable-projects";

export const metadata: Metadata = { title: "Propose a project" };

type Props = { searchParams: Promise<{ page?: string }> };

/** For allies: the mandates investors made discoverable, each with a way to propose a published project against it. */
export default async function ProposeProjectPage({ searchParams }: Props) {
  const tenant = await requirePageAccess(matchingAccess.discoverInvestors);
  const { rows, total, page, pageCount } = await listDiscoverableMandates(tenant, { page: Number((await searchParams).page) || 1 });
  const projects = await listProposableProjects(tenant);
  const canPropose = hasAccess(tenant, matchingAccess.proposeProjects);
  const first = (page - 1) * DISCOVERABLE_MANDATES_PAGE_SIZE + 1;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Matches", href: "/matches" }, { label: "Propose a project" }]}
        title="Propose a project to an investor"
        description="Investors who chose to be discoverable, with the mandates they invest under. A proposal tells them and appears in both inboxes."
      />
      {!canPropose ? (
        <Alert className="mb-6" title="You can browse, not propose">
          Proposing needs the analyst role or above.
        </Alert>
      ) : !projects.length ? (
        <Alert variant="warning" className="mb-6" title="No project to propose yet">
          Only projects on the marketplace can be proposed.{" "}
          <Link href="/projects" className="font-medium underline">
            Publish a project
          </Link>{" "}
          first.
        </Alert>
      ) : null}
      {rows.length ? (
        <div className="grid gap-4">
          <div className="grid gap-4 md:grid-cols-2">
            {rows.map((mandate) => (
              <DiscoverableMandateCard key={mandate.id} mandate={mandate} projects={projects} canPropose={canPropose} />
            ))}
          </div>
          {pageCount > 1 ? (
            <PageLinks
              page={page}
              pageCount={pageCount}
              hrefFor={(p) => `/matches/propose?page=${p}`}
              label="Investor pages"
              shown={{ first, last: first + rows.length - 1, total }}
            />
          ) : null}
        </div>
      ) : (
        <EmptyState icon={Telescope} title="No discoverable investors yet" description="When an investor makes a mandate discoverable, its profile appears here." />
      )}
    </>
  );
}
