import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ProjectBadges } from "@/lib/gamification/list-badges";
import { BadgeIcon } from "./badge-icon";
import { BadgeTile } from "./badge-tile";
import { rarityStyle } from "./rarity-styles";

/** A project's badges: what its people earned there (who, when), then a compact list of what is still to earn. */
export function ProjectBadgesCard({ project }: { project: ProjectBadges }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <Link href={`/projects/${project.id}`} className="rounded-sm hover:underline">
            {project.name}
          </Link>
        </CardTitle>
        <CardDescription>
          {project.earned.length === 0 ? "No badges earned on this project yet." : `${project.earned.length} earned · ${project.locked.length} still to earn`}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {project.earned.length > 0 ? (
          <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
            {project.earned.map((award) => (
              <BadgeTile key={award.id} badge={award.badge} awardedAt={award.awardedAt} detail={award.userName} />
            ))}
          </ul>
        ) : null}
        {project.locked.length > 0 ? (
          <div className="grid gap-2">
            <h4 className="text-xs font-medium tracking-wide text-muted-foreground uppercase">Still to earn</h4>
            <ul className="grid gap-x-6 gap-y-2 md:grid-cols-2">
              {project.locked.map((badge) => (
                <li key={badge.id} className="flex items-start gap-2 text-sm">
                  <BadgeIcon name={badge.icon} className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
                  <span className="min-w-0">
                    <span className="font-medium text-muted-foreground">{badge.name}</span>{" "}
                    <Badge variant="outline" className={rarityStyle(badge.rarity).chip}>
                      {rarityStyle(badge.rarity).label}
                    </Badge>
                    <span className="block text-xs text-muted-foreground">{badge.description}</span>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
