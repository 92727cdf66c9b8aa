import { Lock } from "lucide-react";
import { format } from "date-fns";
import { Badge } from "@/components/ui/badge";
import type { BadgeDto } from "@/lib/gamification/list-badges";
import { cn } from "@/lib/utils/cn";
import { rarityStyle } from "./rarity-styles";

export type BadgeTileProps = {
  badge: BadgeDto;
  /** ISO date of the award; absent: not earned yet, shown muted with how to earn it. */
  awardedAt?: string;
  /** Who earned it or where, under the date. */
  detail?: string | null;
};

/** One badge: its icon, name and rarity; earned ones with their date, locked ones with what earns them. */
export function BadgeTile({ badge, awardedAt, detail }: BadgeTileProps) {
  const rarity = rarityStyle(badge.rarity);
  const earned = awardedAt !== undefined;
  return (
    <li className={cn("flex gap-3 rounded-lg border bg-surface p-3", earned ? rarity.ring : "border-dashed border-border bg-muted/40")}>
      <span aria-hidden className={cn("flex size-11 shrink-0 items-center justify-center rounded-full border text-2xl", earned ? cn(rarity.chip, rarity.ring) : "border-border grayscale opacity-60")}>
        {badge.icon}
      </span>
      <div className="grid min-w-0 flex-1 gap-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className={cn("font-medium", earned ? "text-foreground" : "text-muted-foreground")}>{badge.name}</span>
          <Badge variant="outline" className={rarity.chip}>{rarity.label}</Badge>
          <span className="text-xs text-muted-foreground tabular-nums">{badge.points} XP</span>
        </div>
        <p className="text-sm text-muted-foreground">{badge.description}</p>
        {earned ? (
          <p className="text-xs text-muted-foreground">
            Earned <time dateTime={awardedAt}>{format(new Date(awardedAt), "d MMM yyyy")}</time>
            {detail ? <> · {detail}</> : null}
          </p>
        ) : (
          <p className="flex items-center gap-1 text-xs text-muted-foreground"><Lock aria-hidden className="size-3" /> Not earned yet</p>
        )}
      </div>
    </li>
  );
}
