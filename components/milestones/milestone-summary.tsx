import { describeMilestoneTiming } from "@/components/dashboard/milestone-timing";
import type { MilestoneDto } from "@/lib/milestones/to-milestone-dto";
import { cn } from "@/lib/utils/cn";

/** Progress at a glance: how many are done, how many are late, what comes next. */
export function MilestoneSummary({ milestones }: { milestones: MilestoneDto[] }) {
  const completed = milestones.filter((m) => m.status === "COMPLETED").length;
  const delayed = milestones.filter((m) => m.status === "DELAYED").length;
  const next = milestones.filter((m) => m.status !== "COMPLETED").sort((a, b) => a.targetDate.localeCompare(b.targetDate))[0];
  const items = [
    { label: "Completed", value: `${completed} of ${milestones.length}`, tone: "text-success" },
    { label: "Delayed", value: String(delayed), tone: delayed > 0 ? "text-danger" : "text-foreground" },
    {
      label: "Next due",
      value: next ? next.name : "All done",
      hint: next ? describeMilestoneTiming(next.targetDate).text : undefined,
      tone: "text-foreground",
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {items.map((item) => (
        <div key={item.label} className="grid gap-1 rounded-lg border border-border bg-surface px-4 py-3 shadow-card last:col-span-2 sm:last:col-span-1">
          <dt className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{item.label}</dt>
          <dd className={cn("truncate text-lg font-semibold tabular-nums", item.tone)} title={item.value}>
            {item.value}
            {item.hint ? <span className="ml-2 text-xs font-normal text-muted-foreground">{item.hint}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
