import { format, parseISO } from "date-fns";
import type { ReactNode } from "react";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { countryName } from "@/components/projects/list/country-name";
import { PastTargetCloseBadge } from "@/components/projects/list/past-target-close-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { pastTargetClose } from "@/lib/projects/past-target-close";
import type { ProjectDto } from "@/lib/projects/to-project-dto";
import { formatMoney } from "@/lib/utils/format-money";

const titleCase = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

/** "1250.5000" MW -> "1,250.5 MW": trailing zeros are noise in a capacity. */
function formatCapacity(capacityMw: string): string {
  const [whole, fraction = ""] = capacityMw.split(".");
  const decimals = fraction.replace(/0+$/, "");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${decimals ? `.${decimals}` : ""} MW`;
}

export function KeyFactsCard({ project }: { project: ProjectDto }) {
  const pastClose = pastTargetClose(project);
  const facts: [string, ReactNode][] = [
    ["Technology", projectTypeLabel(project.projectType)],
    ["Stage", titleCase(project.stage)],
    ["Location", `${project.geographyRegion}, ${countryName(project.geographyCountry)}`],
    ["Capacity", project.capacityMw ? formatCapacity(project.capacityMw) : "Not set"],
    ["Investment sought", formatMoney(project.totalInvestmentRequired, project.currency)],
    [
      "Target close",
      project.targetCloseDate ? (
        // biome-ignore lint/correctness/useJsxKeyInIterable: a value in a [label, value] pair, rendered inside its keyed row
        <span className="inline-flex flex-wrap items-center justify-end gap-2">
          {format(parseISO(project.targetCloseDate), "d MMM yyyy")}
          {pastClose ? <PastTargetCloseBadge date={pastClose} /> : null}
        </span>
      ) : (
        "Not set"
      ),
    ],
    ["Marketplace", project.isPublished && project.publishedAt ? `Published ${format(parseISO(project.publishedAt), "d MMM yyyy")}` : "Not published"],
    ["Last updated", format(parseISO(project.updatedAt), "d MMM yyyy")],
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Key facts</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-3 text-sm">
          {facts.map(([label, value]) => (
            <div key={label} className="flex justify-between gap-4 border-b border-border pb-3 last:border-0 last:pb-0">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="text-right font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
