import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { MarketplaceSummary } from "@/lib/dashboard/list-marketplace-summary";
import { projectTypeLabel } from "@/lib/projects/project-type-label";

/** Share of published projects per technology, as labelled bars (the numbers are in the text). */
export function TechnologyBreakdownCard({ byType, total }: { byType: MarketplaceSummary["byType"]; total: number }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Published projects by technology</CardTitle>
        <CardDescription>What developers are raising for on the marketplace today.</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-3">
          {byType.map((row) => {
            const share = total > 0 ? Math.round((row.count / total) * 100) : 0;
            return (
              <li key={row.projectType} className="grid gap-1.5">
                <div className="flex items-baseline justify-between gap-3 text-sm">
                  <span className="font-medium">{projectTypeLabel(row.projectType)}</span>
                  <span className="text-muted-foreground tabular-nums">
                    {row.count} {row.count === 1 ? "project" : "projects"} · {share}%
                  </span>
                </div>
                <div aria-hidden className="h-2 overflow-hidden rounded-full bg-muted">
                  <div className="h-full rounded-full bg-brand-500" style={{ width: `${Math.max(share, 2)}%` }} />
                </div>
              </li>
            );
          })}
        </ul>
      </CardContent>
    </Card>
  );
}
