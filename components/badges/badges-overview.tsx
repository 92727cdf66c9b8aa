import { Award, FolderKanban, Medal, Sparkles } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { StatCard } from "@/components/ui/stat-card";
import type { BadgesView } from "@/lib/gamification/list-badges";
import { BadgeTile } from "./badge-tile";
import { ProjectBadgesCard } from "./project-badges-card";

/** The badges page body: the user's totals, their badges and what is still to earn, then each project's. */
export function BadgesOverview({ view: { catalogueSize, mine, projects, projectAwards, moreProjectsWithBadges, projectsWithoutBadges } }: { view: BadgesView }) {
  return (
    <div className="grid gap-8">
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label="Your badges" value={`${mine.kinds} of ${catalogueSize}`} icon={Medal} />
        <StatCard label="Your XP" value={mine.points} icon={Sparkles} tone="success" />
        <StatCard label="Earned across projects" value={projectAwards} icon={FolderKanban} tone="info" />
      </div>

      <section aria-labelledby="my-badges" className="grid gap-3">
        <h2 id="my-badges" className="text-lg font-semibold tracking-tight">
          Your badges
        </h2>
        {mine.earned.length === 0 ? (
          <EmptyState size="sm" icon={Award} title="No badges yet" description="Upload a document or create a project to earn your first one." />
        ) : (
          <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
            {mine.earned.map((award) => (
              <BadgeTile key={award.id} badge={award.badge} awardedAt={award.awardedAt} detail={award.projectName} />
            ))}
          </ul>
        )}
        {mine.locked.length > 0 ? (
          <>
            <h3 className="pt-2 text-sm font-medium text-muted-foreground">Still to earn</h3>
            <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
              {mine.locked.map((badge) => (
                <BadgeTile key={badge.id} badge={badge} colleagueAwards={badge.colleagueAwards} />
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {projects.length > 0 ? (
        <section aria-labelledby="project-badges" className="grid gap-3">
          <h2 id="project-badges" className="text-lg font-semibold tracking-tight">
            By project
          </h2>
          {projects.map((project) => (
            <ProjectBadgesCard key={project.id} project={project} />
          ))}
          {moreProjectsWithBadges + projectsWithoutBadges > 0 ? (
            <p className="text-sm text-muted-foreground">{otherProjects(moreProjectsWithBadges, projectsWithoutBadges)}</p>
          ) : null}
        </section>
      ) : projectsWithoutBadges > 0 ? (
        <p className="text-sm text-muted-foreground">{otherProjects(0, projectsWithoutBadges)}</p>
      ) : null}
    </div>
  );
}

/** The projects not shown as cards, in one sentence: the page lists the few with the most badges, not every project. */
function otherProjects(withBadges: number, without: number): string {
  const count = (n: number) => `${n.toLocaleString("en")} ${n === 1 ? "project" : "projects"}`;
  const parts = [withBadges > 0 ? `${count(withBadges)} more with badges` : null, without > 0 ? `${count(without)} without a badge yet` : null];
  return `Also ${parts.filter(Boolean).join(" and ")}.`;
}
