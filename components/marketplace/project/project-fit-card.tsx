import { Target } from "lucide-react";
import Link from "next/link";
import { MatchStatusBadge } from "@/components/matching/inbox/match-status-badge";
import { MatchBreakdown } from "@/components/matching/match-breakdown";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ProjectFitDto } from "@/lib/marketplace/get-project-fit";

/** How the project fits the investor's mandates, dimension by dimension, from the matching engine. */
export function ProjectFitCard({ fit }: { fit: ProjectFitDto | null }) {
  return (
    <Card>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>Fit with your mandates</CardTitle>
          <CardDescription>{fit?.mandateName ? `Best against “${fit.mandateName}”.` : "Scored by the matching engine against your active mandates."}</CardDescription>
        </div>
        {fit ? (
          <div className="flex items-center gap-2">
            <MatchStatusBadge status={fit.status} />
            <span className="text-2xl font-semibold tabular-nums" data-testid="project-fit-score">
              {fit.overallScore}
            </span>
          </div>
        ) : null}
      </CardHeader>
      <CardContent>
        {fit ? (
          <>
            <MatchBreakdown breakdown={fit.breakdown} overallScore={fit.overallScore} />
            <Link href={`/matches/${fit.matchId}`} className="mt-3 inline-block text-sm font-medium text-primary hover:underline">
              Open the match
            </Link>
          </>
        ) : (
          <EmptyState
            size="sm"
            icon={Target}
            title="No match with your mandates"
            description="The project scores below the suggestion threshold against every active mandate, or you have none yet."
            action={
              <Link href="/mandates" className="text-sm font-medium text-primary hover:underline">
                Your mandates
              </Link>
            }
          />
        )}
      </CardContent>
    </Card>
  );
}
