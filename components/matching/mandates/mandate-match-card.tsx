import { ExternalLink, MessagesSquare } from "lucide-react";
import Link from "next/link";
import { countryName } from "@/components/projects/list/country-name";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import type { MandateMatchRow } from "@/lib/matching/mandates/list-mandate-matches";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { MatchStatusBadge } from "../inbox/match-status-badge";
import { MatchBreakdown } from "../match-breakdown";
import { MatchFeedbackPanel } from "./match-feedback-panel";

const scoreTone = (score: number) => (score >= 75 ? "text-success" : score >= 50 ? "text-foreground" : "text-muted-foreground");

/** One ranked match: the project, its score and status, the way to the match and the project, the breakdown on demand and the team's feedback. */
export function MandateMatchCard({ match, rank, canRate }: { match: MandateMatchRow; rank: number; canRate: boolean }) {
  const { project } = match;
  return (
    <Card>
      <CardContent className="grid gap-4 pt-4 sm:pt-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid min-w-0 gap-1">
            <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold">
              <span className="text-sm font-normal text-muted-foreground tabular-nums">#{rank}</span>
              <span className="truncate">{project.name}</span>
              <MatchStatusBadge status={match.status} />
              {match.initiatedBy === "ALLY" ? <Badge variant="secondary">Proposed by the developer</Badge> : null}
            </h3>
            <p className="text-sm text-muted-foreground">
              {projectTypeLabel(project.projectType)} · {countryName(project.country)}
            </p>
          </div>
          <p className={`text-3xl font-semibold tabular-nums ${scoreTone(match.overallScore)}`}>
            {match.overallScore}
            <span className="text-sm font-normal text-muted-foreground"> / 100</span>
          </p>
        </div>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`/matches/${match.id}`} className="inline-flex items-center gap-1 font-medium text-primary hover:underline">
            <MessagesSquare aria-hidden className="size-4" /> Open match
          </Link>
          {project.isPublished ? (
            <Link href={`/marketplace/${project.id}`} className="inline-flex items-center gap-1 font-medium text-primary hover:underline">
              <ExternalLink aria-hidden className="size-4" /> View project
            </Link>
          ) : (
            <span className="text-muted-foreground">No longer on the marketplace</span>
          )}
        </div>
        <details className="group rounded-md border border-border px-3 py-2">
          <summary className="cursor-pointer text-sm font-medium select-none">Why {match.overallScore}? Score breakdown</summary>
          <MatchBreakdown breakdown={match.breakdown} overallScore={match.overallScore} className="pt-3" />
        </details>
        <MatchFeedbackPanel matchId={match.id} projectName={project.name} feedback={match.feedback} canRate={canRate} />
      </CardContent>
    </Card>
  );
}
