import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { MatchActions } from "@/components/matching/inbox/match-actions";
import { MatchMessageComposer } from "@/components/matching/inbox/match-message-composer";
import { MatchNotesForm } from "@/components/matching/inbox/match-notes-form";
import { initiatorText, MatchStatusBadge } from "@/components/matching/inbox/match-status-badge";
import { MatchThread } from "@/components/matching/inbox/match-thread";
import { MatchBreakdown } from "@/components/matching/match-breakdown";
import { countryName } from "@/components/projects/list/country-name";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { userActor } from "@/lib/auth/actor";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { orNotFound } from "@/lib/errors/or-not-found";
import { matchingAccess } from "@/lib/matching/access";
import { getMatchOrThrow } from "@/lib/matching/inbox/get-match-or-throw";
import { listMatchMessages } from "@/lib/matching/inbox/list-match-messages";
import { markMatchRead } from "@/lib/matching/inbox/mark-match-read";
import { MATCH_STATUS_LABELS, MESSAGING_STATUSES } from "@/lib/matching/inbox/match-transitions";
import { type MatchDto, toMatchDto } from "@/lib/matching/inbox/to-match-dto";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { formatMoneyCompact } from "@/lib/utils/format-money";

export const metadata: Metadata = { title: "Match" };

type Props = { params: Promise<{ matchId: string }> };

/** Why the composer is absent, in the reader's terms. */
function closedThreadText(status: string, side: "investor" | "ally"): string {
  if (status === "WITHDRAWN") return "This match was withdrawn, so its conversation is closed.";
  return side === "investor" ? "Express interest to start a conversation with the developer." : "The conversation opens once the investor expresses interest.";
}

function scoreText(match: MatchDto): string {
  if (match.mandate) return `How the project fits ${match.mandate.name}.`;
  return match.breakdown ? "How the project fitted a mandate that has since been deleted." : "Not scored: the interest named no mandate.";
}

/**
 * One match as this side sees it. Opening it marks its thread read for the reader and, for the
 * investor, a new suggestion viewed (markMatchRead), before the match is loaded to show.
 */
export default async function MatchPage({ params }: Props) {
  const tenant = await requirePageAccess(matchingAccess.readMatches);
  const { matchId } = await params;
  await orNotFound(markMatchRead(userActor(tenant, await getRequestMeta()), matchId));
  const { match, scope } = await orNotFound(getMatchOrThrow(tenant, matchId));
  const dto = toMatchDto(match, scope.side);
  const thread = await listMatchMessages(tenant, matchId);
  const canAct = hasAccess(tenant, matchingAccess.actOnMatches);
  const messaging = MESSAGING_STATUSES.includes(dto.status);
  const projectHref = scope.side === "investor" ? `/marketplace/${dto.project.id}` : `/projects/${dto.project.id}`;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Matches", href: "/matches" }, { label: dto.project.name }]}
        title={
          <span className="flex flex-wrap items-center gap-3">
            {dto.project.name} <MatchStatusBadge status={dto.status} />
          </span>
        }
        description={`With ${dto.counterpartName}${dto.mandate ? ` · Mandate: ${dto.mandate.name}` : ""} · ${initiatorText(dto.initiatedBy, scope.side)}`}
        actions={canAct ? <MatchActions matchId={dto.id} side={scope.side} match={{ status: dto.status, initiatedBy: dto.initiatedBy }} /> : null}
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-2">
          <CardHeader>
            <CardTitle>Conversation</CardTitle>
            <CardDescription>
              Between {tenant.org.name} and {dto.counterpartName}. Everyone in both organisations who can see this match reads it.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-5">
            <MatchThread
              thread={thread}
              ownOrgName={tenant.org.name}
              counterpartName={dto.counterpartName}
              emptyText={messaging ? "Write the first message below." : closedThreadText(dto.status, scope.side)}
            />
            {messaging && canAct ? <MatchMessageComposer matchId={dto.id} counterpartName={dto.counterpartName} /> : null}
            {thread.messages.length && !messaging ? (
              <p className="text-sm text-muted-foreground">
                {MATCH_STATUS_LABELS[dto.status]}: {closedThreadText(dto.status, scope.side)}
              </p>
            ) : null}
          </CardContent>
        </Card>
        <div className="grid min-w-0 gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Project</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-3 text-sm">
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
                <dt className="text-muted-foreground">Technology</dt>
                <dd>{projectTypeLabel(dto.project.projectType)}</dd>
                <dt className="text-muted-foreground">Location</dt>
                <dd>
                  {dto.project.region}, {countryName(dto.project.country)}
                </dd>
                <dt className="text-muted-foreground">Stage</dt>
                <dd>{dto.project.stage.charAt(0) + dto.project.stage.slice(1).toLowerCase()}</dd>
                <dt className="text-muted-foreground">Investment</dt>
                <dd className="tabular-nums">{formatMoneyCompact(dto.project.investmentRequired, dto.project.currency)}</dd>
              </dl>
              <Link href={projectHref} className="inline-flex items-center gap-1 font-medium text-primary hover:underline">
                <ExternalLink aria-hidden className="size-4" /> {scope.side === "investor" ? "View on the marketplace" : "Open the project"}
              </Link>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Score {dto.overallScore} / 100</CardTitle>
              <CardDescription>{scoreText(dto)}</CardDescription>
            </CardHeader>
            {dto.mandate || dto.breakdown ? (
              <CardContent>
                <MatchBreakdown breakdown={dto.breakdown} overallScore={dto.overallScore} />
              </CardContent>
            ) : null}
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Notes</CardTitle>
            </CardHeader>
            <CardContent>
              {canAct ? (
                <MatchNotesForm matchId={dto.id} notes={dto.notes} counterpartName={dto.counterpartName} />
              ) : (
                <p className="text-sm whitespace-pre-line text-muted-foreground">{dto.notes || "No notes yet. Analysts and above can write them."}</p>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
