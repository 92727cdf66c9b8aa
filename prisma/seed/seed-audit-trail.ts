import type { Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { demoId } from "./demo-ids";

const BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const JOBS = "scr-jobs/1.0";

type Entry = {
  /** What the entry records, unique in the story: its id is derived from it. */
  key: string;
  orgId: string;
  userId: string | null;
  action: `${string}.${string}`;
  entityType: string;
  entityId: string;
  changes: { before?: unknown; after?: unknown };
  at: Date;
};

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
const day = (date: Date) => date.toISOString().slice(0, 10);

const DAY_MS = 86_400_000;

/**
 * The day before the org's first dated row (an upload, a folder, a score, a completed milestone, a
 * badge, a deal room). The seed creates projects "now", after the story it then tells about them:
 * set-up entries dated so would follow their own milestones' completion, so they go here instead.
 */
async function storyStart(db: FactoryDb, orgId: string): Promise<Date> {
  const project = { project: { orgId } };
  const firsts = await Promise.all([
    db.document.aggregate({ where: { orgId }, _min: { createdAt: true } }).then((r) => r._min.createdAt),
    db.documentFolder.aggregate({ where: { orgId }, _min: { createdAt: true } }).then((r) => r._min.createdAt),
    db.signalScore.aggregate({ where: { orgId }, _min: { createdAt: true } }).then((r) => r._min.createdAt),
    db.projectMilestone.aggregate({ where: project, _min: { completedDate: true } }).then((r) => r._min.completedDate),
    db.userBadge.aggregate({ where: { user: { orgId } }, _min: { createdAt: true } }).then((r) => r._min.createdAt),
    db.dealRoom.aggregate({ where: { allyOrgId: orgId }, _min: { createdAt: true } }).then((r) => r._min.createdAt),
  ]);
  const first = Math.min(...firsts.filter((d): d is Date => d !== null).map((d) => d.getTime()), Date.now());
  return new Date(first - DAY_MS);
}

/** Project creation and publication, milestones added and completed, budget lines: the owners' work. */
async function projectEntries(db: FactoryDb, ctx: DemoContext): Promise<Entry[]> {
  const { orgs, users } = ctx;
  // Projects, milestones and budget lines record no author: the org's lead did the set-up work.
  const lead: Record<string, { owner: string; finance: string }> = {
    [orgs.helios]: { owner: users.amara, finance: users.sarah },
    [orgs.andes]: { owner: users.lucia, finance: users.lucia },
  };
  const projects = await db.project.findMany({
    where: { id: { in: Object.values(ctx.projects).map((p) => p.id) } },
    include: { milestones: { orderBy: { orderIndex: "asc" } }, budgetItems: { orderBy: { estimatedAmount: "desc" } } },
  });
  const starts = new Map(await Promise.all([orgs.helios, orgs.andes].map(async (orgId) => [orgId, await storyStart(db, orgId)] as const)));
  return projects.flatMap((p) => {
    const { owner, finance } = lead[p.orgId];
    const start = starts.get(p.orgId)!;
    // biome-ignore lint/complexity/useMathMinMax: these are Dates; Math.min would return a number
    const createdAt = p.createdAt < start ? p.createdAt : start;
    // The set-up rows carry no time of their own: a second apart from the project's creation, in order.
    let second = 0;
    const next = () => new Date(createdAt.getTime() + ++second * 1000);
    const base = { orgId: p.orgId, at: createdAt };
    const entries: Entry[] = [
      {
        ...base,
        key: `project/${p.id}/created`,
        userId: owner,
        action: "project.created",
        entityType: "Project",
        entityId: p.id,
        changes: {
          after: {
            name: p.name,
            projectType: p.projectType,
            stage: p.stage,
            status: p.status,
            totalInvestmentRequired: p.totalInvestmentRequired.toFixed(4),
            currency: p.currency.trim(),
          },
        },
      },
    ];
    for (const m of p.milestones) {
      const snapshot = {
        projectId: p.id,
        name: m.name,
        description: m.description,
        targetDate: day(m.targetDate),
        completedDate: null,
        status: "NOT_STARTED",
        completionPct: 0,
        orderIndex: m.orderIndex,
      };
      entries.push({
        ...base,
        at: next(),
        key: `milestone/${m.id}/created`,
        userId: owner,
        action: "milestone.created",
        entityType: "ProjectMilestone",
        entityId: m.id,
        changes: { after: snapshot },
      });
      if (m.completedDate) {
        entries.push({
          ...base,
          key: `milestone/${m.id}/completed`,
          userId: owner,
          action: "milestone.completed",
          entityType: "ProjectMilestone",
          entityId: m.id,
          at: m.completedDate,
          changes: { before: { completedDate: null, status: "IN_PROGRESS" }, after: { completedDate: day(m.completedDate), status: "COMPLETED", completionPct: 100 } },
        });
      }
    }
    for (const b of p.budgetItems) {
      const snapshot = {
        projectId: p.id,
        category: b.category,
        description: b.description,
        estimatedAmount: b.estimatedAmount.toFixed(4),
        actualAmount: b.actualAmount?.toFixed(4) ?? null,
        currency: b.currency.trim(),
        status: b.status,
      };
      entries.push({
        ...base,
        at: next(),
        key: `budget-item/${b.id}/created`,
        userId: finance,
        action: "budget_item.created",
        entityType: "ProjectBudgetItem",
        entityId: b.id,
        changes: { after: snapshot },
      });
    }
    if (p.publishedAt) {
      // Published once set up; a publication stamped after the story began (by the seed) follows the set-up.
      const at = p.publishedAt < start ? new Date(Math.max(p.publishedAt.getTime(), next().getTime())) : next();
      const changes = { before: { isPublished: false, publishedAt: null }, after: { isPublished: true, publishedAt: p.publishedAt.toISOString() } };
      entries.push({ ...base, at, key: `project/${p.id}/published`, userId: owner, action: "project.published", entityType: "Project", entityId: p.id, changes });
    }
    return entries;
  });
}

/** Every document version as its uploader put it in the data room, and the redactions started on them. */
async function dataRoomEntries(db: FactoryDb, ctx: DemoContext): Promise<Entry[]> {
  const projectIds = Object.values(ctx.projects).map((p) => p.id);
  const documents = await db.document.findMany({ where: { projectId: { in: projectIds } }, orderBy: [{ createdAt: "asc" }, { version: "asc" }] });
  const jobs = await db.redactionJob.findMany({ where: { documentId: { in: documents.map((d) => d.id) } } });
  const uploads: Entry[] = documents.map((d) => ({
    key: `document/${d.id}/uploaded`,
    orgId: d.orgId,
    userId: d.uploadedBy,
    at: d.createdAt,
    entityType: "Document",
    entityId: d.id,
    action: d.parentVersionId ? "document.version_uploaded" : "document.uploaded",
    changes: {
      after: { id: d.id, name: d.name, version: d.version, folderId: d.folderId, fileType: d.fileType, classification: d.classification, projectId: d.projectId },
    },
  }));
  const redactions: Entry[] = jobs.flatMap((job) => [
    {
      key: `redaction/${job.id}/started`,
      orgId: job.orgId,
      userId: job.createdBy,
      at: job.createdAt,
      action: "redaction.started",
      entityType: "RedactionJob",
      entityId: job.id,
      changes: { after: { documentId: job.documentId, status: "pending" } },
    },
    ...(job.status === "pending" || job.status === "analyzing"
      ? []
      : [
          {
            key: `redaction/${job.id}/analyzed`,
            orgId: job.orgId,
            userId: null,
            at: job.updatedAt,
            action: "redaction.analyzed" as const,
            entityType: "RedactionJob",
            entityId: job.id,
            changes: { after: { status: "review", entityCount: job.entityCount } },
          },
        ]),
  ]);
  return [...uploads, ...redactions];
}

/** Each Signal Score version requested by a person and completed by the scoring job; the badges and quests that followed. */
async function scoreEntries(db: FactoryDb, ctx: DemoContext): Promise<Entry[]> {
  const projectIds = Object.values(ctx.projects).map((p) => p.id);
  const [scores, awards, quests] = await Promise.all([
    db.signalScore.findMany({ where: { projectId: { in: projectIds } }, orderBy: [{ projectId: "asc" }, { version: "asc" }] }),
    db.userBadge.findMany({
      where: { user: { orgId: { in: [ctx.orgs.helios, ctx.orgs.andes] } } },
      include: { badge: { select: { slug: true } }, user: { select: { orgId: true } } },
    }),
    db.improvementQuest.findMany({ where: { projectId: { in: projectIds } }, include: { project: { select: { orgId: true } } } }),
  ]);
  return [
    ...scores.flatMap((s): Entry[] => [
      {
        key: `signal-score/${s.id}/requested`,
        orgId: s.orgId,
        userId: s.triggeredBy,
        at: s.createdAt,
        action: "signal_score.requested",
        entityType: "SignalScore",
        entityId: s.id,
        changes: { before: null, after: { projectId: s.projectId, version: s.version, status: "PENDING" } },
      },
      ...(s.status === "COMPLETED"
        ? [
            {
              key: `signal-score/${s.id}/completed`,
              orgId: s.orgId,
              userId: null,
              at: s.updatedAt,
              action: "signal_score.completed" as const,
              entityType: "SignalScore",
              entityId: s.id,
              changes: { before: { status: "PROCESSING" }, after: { status: "COMPLETED", overallScore: s.overallScore.toFixed(2), modelVersion: s.modelVersion } },
            },
          ]
        : []),
    ]),
    ...awards.map(
      (a): Entry => ({
        key: `user-badge/${a.id}/awarded`,
        orgId: a.user.orgId,
        userId: null,
        at: a.createdAt,
        action: "badge.awarded",
        entityType: "UserBadge",
        entityId: a.id,
        changes: { before: null, after: { badge: a.badge.slug, userId: a.userId, projectId: a.projectId } },
      }),
    ),
    ...quests.flatMap((q): Entry[] => [
      {
        key: `quest/${q.id}/created`,
        orgId: q.project.orgId,
        userId: null,
        at: q.createdAt,
        action: "quest.created",
        entityType: "ImprovementQuest",
        entityId: q.id,
        changes: { before: null, after: { projectId: q.projectId, title: q.title, estimatedScoreImpact: q.estimatedScoreImpact } },
      },
      ...(q.completedAt
        ? [
            {
              key: `quest/${q.id}/completed`,
              orgId: q.project.orgId,
              userId: null,
              at: q.completedAt,
              action: "quest.completed" as const,
              entityType: "ImprovementQuest",
              entityId: q.id,
              changes: { before: { status: "active" }, after: { status: "completed" } },
            },
          ]
        : []),
    ]),
  ];
}

/** The platform team making each task's latest prompt version the active one. */
async function promptEntries(db: FactoryDb, ctx: DemoContext): Promise<Entry[]> {
  const active = await db.promptTemplate.findMany({ where: { isActive: true, version: { gt: 1 } } });
  return active.map((t) => ({
    key: `prompt/${t.id}/activated`,
    orgId: ctx.orgs.platform,
    userId: ctx.users.noor,
    at: t.createdAt,
    action: "prompt_template.activated",
    entityType: "PromptTemplate",
    entityId: t.id,
    changes: { before: { taskType: t.taskType, activeVersion: t.version - 1 }, after: { taskType: t.taskType, activeVersion: t.version } },
  }));
}

/**
 * The story's audit trail, derived from the rows the rest of the seed wrote (so it runs last): who
 * created, completed, uploaded, scored and awarded what, when the rows say it happened, with the
 * action codes the app itself writes. audit_logs is append-only: ids derived from each entry's
 * key and skipDuplicates make a re-run insert nothing twice.
 */
export async function seedAuditTrail(db: FactoryDb, ctx: DemoContext) {
  const entries = [...(await projectEntries(db, ctx)), ...(await dataRoomEntries(db, ctx)), ...(await scoreEntries(db, ctx)), ...(await promptEntries(db, ctx))];
  const ip: Record<string, string> = { [ctx.orgs.helios]: "196.201.214.17", [ctx.orgs.andes]: "190.98.248.10", [ctx.orgs.platform]: "10.20.0.14" };
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
      ipAddress: e.userId ? (ip[e.orgId] ?? null) : null,
      userAgent: e.userId ? BROWSER : JOBS,
      timestamp: e.at,
    })),
  });
  // The entries no user made were the jobs': say which, as recordAudit does for a system principal.
  await db.auditLogActor.createMany({
    skipDuplicates: true,
    data: entries.filter((e) => !e.userId).map((e) => ({ auditLogId: demoId(`audit/${e.key}`), kind: "system", ref: JOB_OF_ACTION[e.action] ?? null })),
  });
}

const JOB_OF_ACTION: Record<string, string> = {
  "signal_score.completed": "score-signal",
  "badge.awarded": "evaluate-badges",
  "quest.created": "score-signal",
  "quest.completed": "complete-improvement-quests",
  "redaction.analyzed": "dataroom-analyze-redaction",
  "document.processed": "dataroom-process-uploaded-document",
  "milestone.delayed": "sweep-milestone-delays",
};
