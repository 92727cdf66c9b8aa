import { Handshake, Send } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { MatchInboxTable } from "@/components/matching/inbox/match-inbox-table";
import { MatchStatusTabs } from "@/components/matching/inbox/match-status-tabs";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { matchingAccess } from "@/lib/matching/access";
import { countUnreadMatchMessages } from "@/lib/matching/inbox/count-unread-matches";
import { listMatches, MATCHES_PAGE_SIZE } from "@/lib/matching/inbox/list-matches";
import { MATCH_STATUS_LABELS } from "@/lib/matching/inbox/match-transitions";
import { matchInboxQuerySchema } from "@/lib/matching/inbox/schemas";
import type { MatchStatusName } from "@/lib/matching/match-statuses";

export const metadata: Metadata = { title: "Matches" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DESCRIPTIONS = {
  investor: "Projects matched to your mandates and the ones you showed interest in. Suggestions stay private until you express interest.",
  ally: "Investors interested in your projects, and the projects you proposed to investors.",
};

/** Why a tab is empty, in the reader's terms. */
function emptyText(side: "investor" | "ally", status: MatchStatusName | null): { title: string; description: string } {
  if (status) return { title: `No ${MATCH_STATUS_LABELS[status].toLowerCase()} matches`, description: "Matches with this status appear here." };
  return side === "investor"
    ? {
        title: "No matches yet",
        description: "Create a mandate and matching suggests published projects that fit it, or express interest in a project on the marketplace.",
      }
    : {
        title: "No matches yet",
        description: "When an investor shows interest in one of your published projects it appears here. You can also propose a project to an investor.",
      };
}

export default async function MatchesPage({ searchParams }: Props) {
  const tenant = await requirePageAccess(matchingAccess.readMatches);
  const query = matchInboxQuerySchema.parse(await searchParams);
  const [inbox, unread] = [await listMatches(tenant, query), await countUnreadMatchMessages(tenant)];
  const { side, status, page, pageCount, inTab } = inbox;
  const canPropose = side === "ally" && hasAccess(tenant, matchingAccess.proposeProjects);
  const hrefFor = (target: number) => `/matches?${new URLSearchParams({ ...(status ? { status } : {}), page: String(target) })}`;
  const empty = emptyText(side, status);
  const first = (page - 1) * MATCHES_PAGE_SIZE + 1;

  return (
    <>
      <PageHeader
        title="Matches"
        description={unread ? `${DESCRIPTIONS[side]} ${unread} unread message${unread === 1 ? "" : "s"}.` : DESCRIPTIONS[side]}
        actions={
          canPropose ? (
            <Button asChild>
              <Link href="/matches/propose">
                <Send aria-hidden /> Propose a project
              </Link>
            </Button>
          ) : null
        }
      />
      <MatchStatusTabs current={status} counts={inbox.counts} total={inbox.total} />
      {inbox.rows.length ? (
        <MatchInboxTable
          rows={inbox.rows}
          side={side}
          footer={
            pageCount > 1 ? (
              <PageLinks page={page} pageCount={pageCount} hrefFor={hrefFor} label="Match pages" shown={{ first, last: first + inbox.rows.length - 1, total: inTab }} />
            ) : null
          }
        />
      ) : (
        <EmptyState icon={Handshake} title={empty.title} description={empty.description} />
      )}
    </>
  );
}
