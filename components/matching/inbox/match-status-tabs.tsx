import Link from "next/link";
import { MATCH_STATUS_LABELS } from "@/lib/matching/inbox/match-transitions";
import { MATCH_STATUSES, type MatchStatusName } from "@/lib/matching/match-statuses";
import { cn } from "@/lib/utils/cn";

type Props = { current: MatchStatusName | null; counts: Record<MatchStatusName, number>; total: number };

/** "All" and one tab per status, each a link with its count; the current one is marked for screen readers (aria-current). */
export function MatchStatusTabs({ current, counts, total }: Props) {
  const tabs = [{ key: "ALL", label: "All", count: total, href: "/matches", active: current === null }].concat(
    MATCH_STATUSES.map((status) => ({
      key: status,
      label: MATCH_STATUS_LABELS[status],
      count: counts[status],
      href: `/matches?status=${status}`,
      active: current === status,
    })),
  );
  return (
    <nav aria-label="Match statuses" className="-mx-4 mb-4 overflow-x-auto border-b border-border px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.active ? "page" : undefined}
              className={cn(
                "-mb-px inline-flex h-10 items-center gap-2 border-b-2 px-3 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-ring",
                tab.active ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:border-input hover:text-foreground",
              )}
            >
              {tab.label}
              <span className="rounded-full bg-muted px-1.5 text-xs tabular-nums text-muted-foreground">{tab.count.toLocaleString("en")}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
