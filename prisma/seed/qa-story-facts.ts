/**
 * What follows from each story question and Helios's response times, computed the way the app
 * computes it: the deadline from the ally's policy in force when it was asked, the overdue job's
 * flag at its first run past a deadline still waiting, lateness of the final answer, the status.
 * Pure: no database.
 */
import type { QaStatus } from "../../lib/qa/qa-options";
import { demoDocument } from "./dataroom-documents";
import { STORY_TODAY } from "./demo-ids";
import { HELIOS_SLA_HOURS, HELIOS_SLA_SET_AT, type QaStoryEvent, type QaStoryQuestion } from "./qa-story";

const HOUR_MS = 3_600_000;
/** The overdue job's schedule (inngest/functions/qa/flag-overdue-questions.ts: every 15 minutes). */
const OVERDUE_JOB_EVERY_MS = 15 * 60_000;

type Assigned = Extract<QaStoryEvent, { kind: "assigned" }>;
type Answered = Extract<QaStoryEvent, { kind: "answered" }>;

export type QaStoryFacts = {
  deadline: Date;
  /** When the overdue job marked it breached; null when it never found it waiting past its deadline. */
  flaggedAt: Date | null;
  answer: Answered | null;
  assignment: Assigned | null;
  status: QaStatus;
  slaBreached: boolean;
  updatedAt: Date;
};

function assertCoherent(q: QaStoryQuestion) {
  const times = [q.askedAt, ...q.events.map((e) => e.at)].map((d) => d.getTime());
  if (HELIOS_SLA_SET_AT >= q.askedAt) throw new Error(`Demo Q&A ${q.key}: asked before Helios set its response times.`);
  if (times.some((t, i) => i > 0 && t <= times[i - 1]) || times.at(-1)! > STORY_TODAY.getTime()) {
    throw new Error(`Demo Q&A ${q.key}: events must follow the question in order and precede story today.`);
  }
  const docs = [...(q.docs ?? []), ...q.events.flatMap((e) => (e.kind === "answered" || e.kind === "draft" ? (e.docs ?? []) : []))];
  // Investors open only PUBLIC documents on a listing, so nothing else may be linked (assertLinkableDocuments).
  const hidden = docs.filter((key) => q.project !== "turkana" || demoDocument(key).classification !== "PUBLIC");
  if (hidden.length) throw new Error(`Demo Q&A ${q.key}: links ${hidden.join(", ")}, which its investor cannot open.`);
}

export function qaStoryFacts(q: QaStoryQuestion): QaStoryFacts {
  assertCoherent(q);
  const deadline = new Date(q.askedAt.getTime() + HELIOS_SLA_HOURS[q.priority] * HOUR_MS);
  const answer = q.events.find((e): e is Answered => e.kind === "answered") ?? null;
  const closed = q.events.some((e) => e.kind === "closed");
  const assignment = q.events.filter((e): e is Assigned => e.kind === "assigned").at(-1) ?? null;
  // The job flags what is still waiting past its deadline (strictly) at its next run.
  const firstRunAfter = new Date((Math.floor(deadline.getTime() / OVERDUE_JOB_EVERY_MS) + 1) * OVERDUE_JOB_EVERY_MS);
  const flaggedAt = firstRunAfter <= (answer?.at ?? STORY_TODAY) ? firstRunAfter : null;
  const status: QaStatus = closed ? "closed" : answer ? "answered" : q.events.length ? "in_progress" : "open";
  const last = new Date(Math.max(...[q.askedAt, ...q.events.map((e) => e.at), ...(flaggedAt ? [flaggedAt] : [])].map((d) => d.getTime())));
  return { deadline, flaggedAt, answer, assignment, status, slaBreached: flaggedAt !== null || (answer !== null && answer.at > deadline), updatedAt: last };
}
