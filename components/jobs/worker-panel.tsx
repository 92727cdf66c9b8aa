import { Activity, CircleAlert, Hourglass, Inbox, ListTodo } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { StatCard } from "@/components/ui/stat-card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatInstant } from "@/lib/audit/format-audit-value";
import type { WorkerHealth } from "@/lib/jobs/operations/unsafe-get-worker-health";
import { formatAgo, formatDuration } from "./format-job-time";

/** Backlog numbers and every worker that beat in the last day, as the platform operator sees them. */
export function WorkerPanel({ health }: { health: WorkerHealth }) {
  const { backlog, workers } = health;
  const up = workers.filter((w) => w.up).length;
  return (
    <section aria-labelledby="workers-heading" className="grid gap-4">
      <h2 id="workers-heading" className="sr-only">
        Workers and backlog
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5 [&>*]:min-w-0">
        <StatCard
          label="Events not yet dispatched"
          value={backlog.undispatchedEvents.toLocaleString("en")}
          icon={Inbox}
          tone={backlog.undispatchedEvents ? "warning" : "muted"}
        />
        <StatCard label="Jobs waiting to run" value={backlog.runnableQueued.toLocaleString("en")} icon={ListTodo} tone={backlog.runnableQueued ? "info" : "muted"} />
        <StatCard label="Running" value={backlog.running.toLocaleString("en")} icon={Activity} tone={backlog.running ? "info" : "muted"} />
        <StatCard
          label="Failed in the last 24 h"
          value={backlog.failedLast24h.toLocaleString("en")}
          icon={CircleAlert}
          tone={backlog.failedLast24h ? "danger" : "muted"}
        />
        <StatCard
          label="Oldest waiting"
          value={backlog.oldestWaitingMs === null ? "Nothing waits" : formatDuration(backlog.oldestWaitingMs)}
          icon={Hourglass}
          tone={backlog.oldestWaitingMs !== null && backlog.oldestWaitingMs > 60_000 ? "warning" : "muted"}
        />
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Workers</CardTitle>
          <CardDescription>
            {workers.length
              ? `${up} of ${workers.length} up. A worker that has not reported for 30 seconds is taken as down.`
              : "Workers report here every few seconds while they run."}
          </CardDescription>
        </CardHeader>
        <CardContent className="overflow-x-auto">
          {workers.length === 0 ? (
            <EmptyState size="sm" title="No worker has reported in the last day." description="Queued jobs wait until one starts (npm run worker runs one on its own)." />
          ) : (
            <Table>
              <caption className="sr-only">Job workers</caption>
              <THead>
                <TR className="hover:bg-transparent">
                  <TH>Worker</TH>
                  <TH>Status</TH>
                  <TH>Last heartbeat</TH>
                  <TH>Started</TH>
                  <TH className="text-right">Runs done</TH>
                </TR>
              </THead>
              <TBody>
                {workers.map((w) => (
                  <TR key={w.workerId}>
                    <TD>
                      <div className="grid gap-0.5">
                        <span className="font-medium">
                          {w.host} · pid {w.pid}
                        </span>
                        <span className="text-xs text-muted-foreground">{w.workerId}</span>
                      </div>
                    </TD>
                    <TD>{w.up ? <Badge variant="success">Up</Badge> : <Badge variant="danger">Down</Badge>}</TD>
                    <TD className="whitespace-nowrap">
                      <time dateTime={w.beatAt} title={formatInstant(w.beatAt, true)}>
                        {formatAgo(w.beatAgeMs)}
                      </time>
                    </TD>
                    <TD className="whitespace-nowrap">{formatInstant(w.startedAt)}</TD>
                    <TD className="text-right tabular-nums">{w.runsDone.toLocaleString("en")}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </section>
  );
}
