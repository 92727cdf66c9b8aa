import Link from "next/link";
import type { ScreenVersionSummary } from "@/lib/deal-screening/get-deal-screen-view";
import { formatScreenScore } from "./format-screen-score";
import { RecommendationBadge } from "./recommendation-badge";

const STATUS: Record<string, string> = { PENDING: "Queued", PROCESSING: "Running", FAILED: "Failed" };

/** Every version of the screen, newest first; each opens in full with what changed before it. */
export function ScreenVersionHistory({ entryId, versions, shownId }: { entryId: string; versions: ScreenVersionSummary[]; shownId: string | null }) {
  return (
    <ol className="grid gap-1" aria-label="Versions">
      {versions.map((v) => {
        const current = v.id === shownId;
        return (
          <li key={v.id}>
            <Link
              href={`/pipeline/${entryId}/screening?version=${v.version}`}
              aria-current={current ? "page" : undefined}
              className="flex flex-wrap items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-muted aria-[current=page]:bg-muted aria-[current=page]:font-semibold"
            >
              <span className="w-8 tabular-nums">v{v.version}</span>
              {v.status === "COMPLETED" ? <RecommendationBadge recommendation={v.recommendation} /> : <span className="text-muted-foreground">{STATUS[v.status]}</span>}
              {v.status === "COMPLETED" ? <span className="tabular-nums">{formatScreenScore(v.score)}</span> : null}
              <time dateTime={v.createdAt} className="ml-auto text-xs text-muted-foreground">
                {new Date(v.createdAt).toLocaleDateString("en-GB", { day: "2-digit", month: "short", year: "numeric", timeZone: "UTC" })}
              </time>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
