import { Lock } from "lucide-react";
import { format } from "date-fns";
import { Badge } from "@/components/ui/badge";
import type { BadgeDto } from "@/lib/gamification/list-badges";
import { cn } from "@/lib/utils/cn";
import { BadgeIcon } from "./badge-icon";
import { rarityStyle } from "./rarity-styles";

export type BadgeTileProps = {
  badge: BadgeDto;
  /** ISO date of the award; absent: not earned yet, shown muted with how to earn it. */
  awardedAt?: string;
  /** Who earned it or where, under the date. */
  detail?: string | null;
  /** For a badge the user has not earned: colleagues who have, so it does not read as nobody's. */
  colleagueAwards?: { userName: string; projectName: string | null }[];
};

/** "Earned by Sarah Chen on Turkana Solar Park", "Earned by 2 colleagues", or null if nobody has. */
export function colleagueEarnedText(awards: { userName: string; projectName: string | null }[]): string | null {
  const people = new Set(awards.map((a) => a.userName));
  if (people.size === 0) return null;
  if (people.size > 1) return `Earned by ${people.size} colleagues`;
  const projects = new Set(awards.flatMap((a) => (a.projectName ? [a.projectName] : [])));
  const [name] = people;
  if (projects.size === 1) return `Earned by ${name} on ${[...projects][0]}`;
  if (projects.size > 1) return `Earned by ${name} on ${projects.size} projects`;
  return `Earned by ${name}`;
}

/** One badge: its icon, name and rarity; earned ones with their date, locked ones with what earns them. */
export function BadgeTile({ badge, awardedAt, detail, colleagueAwards = [] }: BadgeTileProps) {
  const rarity = rarityStyle(badge.rarity);
  const earned = awardedAt !== undefined;
  const byColleagues = colleagueEarnedText(colleagueAwards);
  return (
    <li className={cn("flex gap-3 rounded-lg border bg-surface p-3", earned ? rarity.ring : "border-dashed border-border bg-muted/40")}>
      <span
        aria-hidden
        className={cn(
          "flex size-11 shrink-0 items-center justify-center rounded-full border",
          earned ? cn(rarity.chip, rarity.ring) : "border-border bg-muted text-muted-foreground",
        )}
      >
        <BadgeIcon name={badge.icon} className="size-5" />
      </span>
      <div className="grid min-w-0 flex-1 gap-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className={cn("font-medium", earned ? "text-foreground" : "text-muted-foreground")}>{badge.name}</span>
          <Badge variant="outline" className={rarity.chip}>
            {rarity.label}
          </Badge>
          <span className="text-xs text-muted-foreground tabular-nums">{badge.points} XP</span>
        </div>
        <p className="text-sm text-muted-foreground">{badge.description}</p>
        {earned ? (
          <p className="text-xs text-muted-foreground">
            Earned <time dateTime={awardedAt}>{format(new Date(awardedAt), "d MMM yyyy")}</time>
            {detail ? <> · {detail}</> : null}
          </p>
        ) : (
          <p className="flex items-start gap-1 text-xs text-muted-foreground">
            <Lock aria-hidden className="mt-0.5 size-3 shrink-0" />
            <span>{byColleagues ? `Not earned by you yet · ${byColleagues}` : "Not earned yet"}</span>
          </p>
        )}
      </div>
    </li>
  );
}
