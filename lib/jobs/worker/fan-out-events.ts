import type { DbClient, Tx } from "@/lib/db/create-db-client";
import type { Prisma } from "@/lib/db/generated/client";
import { eventAudienceOrgs } from "@/lib/events/event-audience";
import { DEFAULT_ATTEMPTS, type EventJobDefinition, type JobDefinition } from "../define-job";
import { debounceValueOf, periodToMs } from "../job-debounce";

type OutboxRow = { id: string; name: string; org_id: string | null; payload: Record<string, unknown> };

export type FanOutOptions = { orgIds?: string[]; batchSize?: number; now: Date; debounceMs?: number };

/**
 * Turns committed outbox events into job runs, in one transaction per batch: the runs exist and
 * the events are marked dispatched together, or neither. A crash before commit leaves the events
 * for the next pass; runs are unique per (job, event), so nothing is queued twice.
 */
export async function fanOutEvents(db: DbClient, jobs: readonly JobDefinition[], options: FanOutOptions): Promise<number> {
  const subscribers = new Map<string, EventJobDefinition[]>();
  for (const job of jobs) if (job.kind === "event") for (const name of job.events) subscribers.set(name, [...(subscribers.get(name) ?? []), job]);

  return db.$transaction(
    async (tx) => {
      const events = await tx.$queryRaw<OutboxRow[]>`
      SELECT id, name, org_id, payload FROM outbox_events
      WHERE dispatched_at IS NULL AND (${options.orgIds ?? null}::uuid[] IS NULL OR org_id = ANY(${options.orgIds ?? null}::uuid[]))
      ORDER BY created_at LIMIT ${options.batchSize ?? 500} FOR UPDATE SKIP LOCKED`;
      if (!events.length) return 0;
      const plain: Prisma.JobRunCreateManyInput[] = [];
      const accepted = await orgsWithWork(tx, jobs, events);
      for (const event of events) {
        for (const job of subscribers.get(event.name) ?? []) {
          if (job.forOrgs && !concernedOrgs(event).some((orgId) => accepted.get(job.id)?.has(orgId))) continue;
          const entity = safeEntity(job, event.payload);
          const run: Prisma.JobRunCreateManyInput = {
            jobId: job.id,
            eventId: event.id,
            eventName: event.name,
            orgId: event.org_id,
            payload: event.payload as object,
            entityType: entity?.type,
            entityId: entity?.id,
            maxAttempts: job.attempts ?? DEFAULT_ATTEMPTS,
            runAt: options.now,
          };
          if (job.debounce) await debounceRun(tx, job, run, options);
          else plain.push(run);
        }
      }
      if (plain.length) await tx.jobRun.createMany({ data: plain, skipDuplicates: true });
      await tx.$executeRaw`UPDATE outbox_events SET dispatched_at = ${options.now}, attempts = attempts + 1 WHERE id = ANY(${events.map((e) => e.id)}::uuid[])`;
      return events.length;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

/** One QUEUED run per (job, key) collects a burst: each event pushes its start back and leaves its data. */
async function debounceRun(tx: Tx, job: EventJobDefinition, run: Prisma.JobRunCreateManyInput, options: FanOutOptions) {
  const debounce = job.debounce as NonNullable<EventJobDefinition["debounce"]>;
  const key = `${job.id}:${debounceValueOf(debounce.key, run.payload)}`;
  const runAt = new Date(options.now.getTime() + (options.debounceMs ?? periodToMs(debounce.period)));
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
  const waiting = await tx.jobRun.findFirst({ where: { jobId: job.id, debounceKey: key, status: "QUEUED", attempts: 0 }, select: { id: true } });
  if (waiting) await tx.jobRun.update({ where: { id: waiting.id }, data: { payload: run.payload, eventId: run.eventId, runAt } });
  else await tx.jobRun.createMany({ data: [{ ...run, debounceKey: key, runAt }], skipDuplicates: true });
}

/** The org that acted and the event's audience (the catalogue's), any of which a job narrowing by org may have work for. */
function concernedOrgs(event: OutboxRow): string[] {
  return [...(event.org_id ? [event.org_id] : []), ...eventAudienceOrgs(event.name, event.payload)];
}

/** Per job that narrows by org, the batch's orgs it has work for. */
async function orgsWithWork(tx: Tx, jobs: readonly JobDefinition[], events: OutboxRow[]): Promise<Map<string, Set<string>>> {
  const orgIds = [...new Set(events.flatMap(concernedOrgs))];
  const accepted = new Map<string, Set<string>>();
  for (const job of jobs) if (job.kind === "event" && job.forOrgs) accepted.set(job.id, orgIds.length ? await job.forOrgs(tx, orgIds) : new Set());
  return accepted;
}

function safeEntity(job: EventJobDefinition, payload: Record<string, unknown>) {
  try {
    return job.entity?.(payload as never) ?? null;
  } catch {
    return null;
  }
}
