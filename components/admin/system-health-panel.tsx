import { Database, HardDrive, type LucideIcon, Server } from "lucide-react";
import { WorkerPanel } from "@/components/jobs/worker-panel";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ServiceCheck, SystemHealth } from "@/lib/admin/unsafe-check-system-health";

const STATUS = {
  up: { label: "Up", variant: "success" },
  down: { label: "Down", variant: "danger" },
  "not-configured": { label: "Not configured", variant: "warning" },
} as const;

function ServiceCard({ title, icon: Icon, check }: { title: string; icon: LucideIcon; check: ServiceCheck }) {
  const status = STATUS[check.status];
  return (
    <Card data-testid={`health-${title.toLowerCase()}`}>
      <CardHeader className="flex flex-row items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle className="flex items-center gap-2">
            <Icon aria-hidden className="size-4 text-muted-foreground" /> {title}
          </CardTitle>
          <CardDescription>{check.detail}</CardDescription>
        </div>
        <Badge variant={status.variant}>{status.label}</Badge>
      </CardHeader>
      <CardContent>
        <p className="text-2xl font-semibold tracking-tight tabular-nums">{check.latencyMs === null ? "—" : `${check.latencyMs.toLocaleString("en")} ms`}</p>
        <p className="text-xs text-muted-foreground">Round trip of the check</p>
      </CardContent>
    </Card>
  );
}

/** The platform's moving parts as of one check: database, file store, workers and their backlog. */
export function SystemHealthPanel({ health }: { health: SystemHealth }) {
  const workersUp = health.worker.workers.filter((w) => w.up).length;
  return (
    <section aria-labelledby="health-heading" className="grid gap-4">
      <h2 id="health-heading" className="text-base font-semibold">
        System health
      </h2>
      <div className="grid gap-4 md:grid-cols-3 [&>*]:min-w-0">
        <ServiceCard title="Database" icon={Database} check={health.database} />
        <ServiceCard title="Storage" icon={HardDrive} check={health.storage} />
        <ServiceCard
          title="Workers"
          icon={Server}
          check={{
            status: workersUp > 0 ? "up" : "down",
            latencyMs: null,
            detail: health.worker.workers.length
              ? `${workersUp} of ${health.worker.workers.length} up (a heartbeat in the last 30 s).`
              : "No worker has reported in the last day.",
          }}
        />
      </div>
      <WorkerPanel health={health.worker} />
    </section>
  );
}
