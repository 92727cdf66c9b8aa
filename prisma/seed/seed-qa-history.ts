import type { Prisma } from "../../lib/db/generated/client";
import type { NotificationContent } from "../../lib/notifications/notification-content";
import { questionAnsweredContent, questionAskedContent, questionAssignedContent, questionOverdueContent } from "../../lib/qa/qa-notification-content";
import type { QaPriority, QaStatus } from "../../lib/qa/qa-options";
import { createNotification, type FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { demoId } from "./demo-ids";
import { answerIdOf, HELIOS_SLA_HOURS, HELIOS_SLA_SET_AT, QA_STORY, type QaStoryEvent, type QaStoryQuestion, qaLabel, qaQuestionId } from "./qa-story";
import { type QaStoryFacts, qaStoryFacts } from "./qa-story-facts";

export type QaPeople = Record<QaStoryQuestion["askedBy"] | "amara" | "sarah" | "david", { id: string; orgId: string; fullName: string }>;
type Person = keyof QaPeople;

/** The overdue job's id (lib/qa/flag-overdue-questions.ts), recorded as the system principal of its entries. */
const OVERDUE_JOB = "flag-overdue-questions";
const JOBS_AGENT = "scr-jobs/1.0";

type Entry = {
  key: string;
  orgId: string;
  userId: string | null;
  action: `qa.${string}`;
  entityType: string;
  entityId: string;
  changes: { before?: unknown; after?: unknown };
  at: Date;
  job?: string;
};

type Note = { orgId: string; userId: string; content: NotificationContent; at: Date; readAt: Date | null };

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
const hours = (h: Record<QaPriority, number>) => ({ urgentHours: h.urgent, highHours: h.high, normalHours: h.normal, lowHours: h.low });

type Story = { q: QaStoryQuestion; facts: QaStoryFacts; id: string; number: number };

/** The entries askQuestion, assignQuestion, saveDraftAnswer, submitFinalAnswer, closeQuestion and the overdue job write. */
function auditEntries({ q, facts, id, number }: Story, ctx: DemoContext, people: QaPeople): Entry[] {
  const label = qaLabel(q.project, q.key);
  const ally = ctx.projects[q.project].orgId;
  const asker = people[q.askedBy];
  const question = { entityType: "QaQuestion", entityId: id };
  const entries: Entry[] = [
    {
      ...question,
      key: `${label}/asked`,
      orgId: asker.orgId,
      userId: asker.id,
      action: "qa.question_asked",
      at: q.askedAt,
      changes: { after: { projectId: ctx.projects[q.project].id, questionNumber: number, category: q.category, priority: q.priority, slaDeadline: facts.deadline } },
    },
  ];
  let assigned: { assignedTo: string | null; assignedTeam: string | null } = { assignedTo: null, assignedTeam: null };
  let status: QaStatus = "open";
  let written = 0;
  q.events.forEach((event, index) => {
    const base = { ...question, key: `${label}/${event.kind}/${index + 1}`, at: event.at, userId: people[event.by].id };
    if (event.kind === "assigned") {
      const after = { assignedTo: people[event.to].id, assignedTeam: event.team };
      entries.push({ ...base, orgId: ally, action: "qa.question_assigned", changes: { before: assigned, after } });
      assigned = after;
      if (status === "open") status = "in_progress";
    } else if (event.kind === "draft") {
      const answerId = answerIdOf(q, ++written);
      entries.push({
        ...base,
        orgId: ally,
        action: "qa.draft_saved",
        changes: { after: { answerId, length: event.content.length, linkedDocuments: event.docs?.length ?? 0 } },
      });
      if (status === "open") status = "in_progress";
    } else if (event.kind === "answered") {
      const answerId = answerIdOf(q, ++written);
      const after = { answerId, answeredAt: event.at, slaBreached: facts.slaBreached, length: event.content.length };
      entries.push({ ...base, orgId: ally, action: "qa.question_answered", changes: { after } });
      status = "answered";
    } else {
      entries.push({ ...base, orgId: asker.orgId, action: "qa.question_closed", changes: { before: { status }, after: { status: "closed", by: "investor" } } });
      status = "closed";
    }
  });
  if (facts.flaggedAt) {
    entries.push({
      ...question,
      key: `${label}/sla-breached`,
      orgId: ally,
      userId: null,
      action: "qa.sla_breached",
      at: facts.flaggedAt,
      job: OVERDUE_JOB,
      changes: { before: { slaBreached: false }, after: { slaBreached: true, slaDeadline: facts.deadline } },
    });
  }
  return entries;
}

/**
 * The notifications those functions send, dated when sent. A notification counts as read once its
 * recipient next acted on the question; the managers' "asked" one once the team first took the
 * question up (they triage together).
 */
function notes({ q, facts, id, number }: Story, ctx: DemoContext, people: QaPeople, names: Map<string, string>, leads: string[]): Note[] {
  const ally = ctx.projects[q.project].orgId;
  const asker = people[q.askedBy];
  const facts0 = { questionId: id, questionNumber: number, projectName: ctx.projects[q.project].name };
  const nextActBy = (person: Person | null, after: Date) => (person ? (q.events.find((e) => e.at > after && e.by === person)?.at ?? null) : null);
  const personOf = (userId: string) => (Object.keys(people) as Person[]).find((p) => people[p].id === userId) ?? null;
  const asked = questionAskedContent({ ...facts0, askerOrgName: names.get(asker.orgId)!, question: q.question, deadline: facts.deadline });
  const firstHandled = q.events.find((e) => e.kind !== "closed")?.at ?? null;
  const out: Note[] = leads.map((userId) => ({ orgId: ally, userId, content: asked, at: q.askedAt, readAt: firstHandled }));
  let written = 0;
  for (const event of q.events) {
    if (event.kind === "assigned" && event.to !== event.by) {
      const content = questionAssignedContent({
        ...facts0,
        assignedByName: people[event.by].fullName,
        assignmentKey: `${id}:${people[event.to].id}:${event.at.getTime()}`,
      });
      out.push({ orgId: ally, userId: people[event.to].id, content, at: event.at, readAt: nextActBy(event.to, event.at) });
    }
    if (event.kind === "draft" || event.kind === "answered") written += 1;
    if (event.kind === "answered") {
      const content = questionAnsweredContent({ ...facts0, allyOrgName: names.get(ally)!, answerId: answerIdOf(q, written) });
      out.push({ orgId: asker.orgId, userId: asker.id, content, at: event.at, readAt: nextActBy(q.askedBy, event.at) });
    }
  }
  if (facts.flaggedAt) {
    const flaggedAt = facts.flaggedAt;
    // The assignee at the time, or (with none) the ally's managers.
    const assignee = q.events.filter((e): e is Extract<QaStoryEvent, { kind: "assigned" }> => e.kind === "assigned" && e.at < flaggedAt).at(-1);
    const recipients = assignee ? [people[assignee.to].id] : leads;
    const content = questionOverdueContent({ ...facts0, deadline: facts.deadline });
    for (const userId of recipients) out.push({ orgId: ally, userId, content, at: flaggedAt, readAt: nextActBy(personOf(userId), flaggedAt) });
  }
  return out;
}

/** Helios's response-times change, then every question's audit entries and notifications. */
export async function seedQaHistory(
  db: FactoryDb,
  ctx: DemoContext,
  input: { people: QaPeople; numbers: Map<string, number>; policyBefore: Record<QaPriority, number> },
) {
  const { people, numbers } = input;
  const stories: Story[] = QA_STORY.map((q) => {
    const id = qaQuestionId(q.project, q.key);
    return { q, id, facts: qaStoryFacts(q), number: numbers.get(id)! };
  });
  const entries: Entry[] = [
    {
      key: "helios/qa/sla-policy",
      orgId: ctx.orgs.helios,
      userId: people.amara.id,
      action: "qa.sla_policy_updated",
      entityType: "Organization",
      entityId: ctx.orgs.helios,
      at: HELIOS_SLA_SET_AT,
      changes: { before: hours(input.policyBefore), after: hours(HELIOS_SLA_HOURS) },
    },
    ...stories.flatMap((story) => auditEntries(story, ctx, people)),
  ];
  await db.auditLog.createMany({
    skipDuplicates: true,
    data: entries.map((e) => ({
      id: demoId(`audit/${e.key}`),
      orgId: e.orgId,
      userId: e.userId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      changes: json(e.changes),
      userAgent: e.job ? JOBS_AGENT : null,
      timestamp: e.at,
    })),
  });
  await db.auditLogActor.createMany({
    skipDuplicates: true,
    data: entries.filter((e) => e.job).map((e) => ({ auditLogId: demoId(`audit/${e.key}`), kind: "system", ref: e.job! })),
  });

  const allyOrgIds = [...new Set(stories.map((s) => ctx.projects[s.q.project].orgId))];
  const orgs = await db.organization.findMany({ where: { id: { in: [...allyOrgIds, ...Object.values(people).map((p) => p.orgId)] } }, select: { id: true, name: true } });
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const leads = await db.user.findMany({
    where: { orgId: { in: allyOrgIds }, isActive: true, role: { in: ["manager", "admin"] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, orgId: true },
  });
  for (const story of stories) {
    const ally = ctx.projects[story.q.project].orgId;
    const allyLeads = leads.filter((u) => u.orgId === ally).map((u) => u.id);
    for (const note of notes(story, ctx, people, names, allyLeads)) {
      await createNotification(db, { orgId: note.orgId, userId: note.userId, ...note.content, createdAt: note.at, readAt: note.readAt });
    }
  }
}
