import { z } from "zod";

/**
 * One thing a user did, as the award job sees it: computed from the org's own tables and audit
 * rows (lib/gamification/collect-badge-events.ts). `projectId` is null when the event has no
 * project of this org.
 */
export type BadgeEvent = { type: string; userId: string; projectId: string | null; data: Record<string, unknown> };

/** A user (and, for project-scoped badges, a project) that meets a badge's criteria. */
export type BadgeAwardKey = { userId: string; projectId: string | null };

/**
 * The criteria shapes the catalogue uses (prisma/seed/badge-catalogue.ts). Strict: a criterion
 * with a key this evaluator does not know is unsupported and never awarded, rather than awarded
 * with the unknown condition silently ignored.
 */
const criteriaSchema = z
  .object({
    event: z.string().min(1),
    count: z.int().min(1).default(1),
    scope: z.enum(["org", "project"]).default("org"),
    status: z.string().optional(),
    standard: z.string().optional(),
    minScore: z.number().optional(),
    minIncrease: z.number().optional(),
  })
  .strict();

export type BadgeCriteria = z.infer<typeof criteriaSchema>;

export function parseBadgeCriteria(json: unknown): BadgeCriteria | null {
  const parsed = criteriaSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

const atLeast = (value: unknown, min: number | undefined) => min === undefined || (typeof value === "number" && value >= min);
const equals = (value: unknown, expected: string | undefined) => expected === undefined || value === expected;

export function eventMatches(criteria: BadgeCriteria, event: BadgeEvent): boolean {
  return (
    event.type === criteria.event &&
    equals(event.data.status, criteria.status) &&
    equals(event.data.standard, criteria.standard) &&
    atLeast(event.data.score, criteria.minScore) &&
    atLeast(event.data.increase, criteria.minIncrease)
  );
}

/**
 * Who meets the criteria: each user with at least `count` matching events, counted across the
 * org (award project null) or within one project (scope "project": one award per user and
 * project; events without a project do not count).
 */
export function evaluateBadgeCriteria(criteria: BadgeCriteria, events: readonly BadgeEvent[]): BadgeAwardKey[] {
  const counts = new Map<string, { key: BadgeAwardKey; count: number }>();
  for (const event of events) {
    if (!eventMatches(criteria, event)) continue;
    const projectId = criteria.scope === "project" ? event.projectId : null;
    if (criteria.scope === "project" && projectId === null) continue;
    const id = `${event.userId}/${projectId ?? ""}`;
    const entry = counts.get(id) ?? { key: { userId: event.userId, projectId }, count: 0 };
    entry.count += 1;
    counts.set(id, entry);
  }
  return [...counts.values()].filter((e) => e.count >= criteria.count).map((e) => e.key);
}
