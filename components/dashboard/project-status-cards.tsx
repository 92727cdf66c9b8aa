import { StatCard } from "@/components/ui/stat-card";
import { PROJECT_STATUSES, type ProjectStatusCounts } from "@/lib/dashboard/types";
import { PROJECT_STATUS_META } from "./project-status-meta";

export function ProjectStatusCards({ counts }: { counts: ProjectStatusCounts }) {
  return (
    <section aria-label="Projects by status" className="grid grid-cols-2 gap-4 xl:grid-cols-4">
      {PROJECT_STATUSES.map((status) => {
        const meta = PROJECT_STATUS_META[status];
        return <StatCard key={status} label={`${meta.label} projects`} value={counts[status]} hint={meta.hint} icon={meta.icon} tone={meta.tone} />;
      })}
    </section>
  );
}
