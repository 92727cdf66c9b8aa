import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { checkCovenants } from "@/lib/covenants/check-covenants";
import { fernetDecrypt } from "@/lib/crypto/fernet";
import { BADGES } from "@/prisma/seed/badge-catalogue";
import { DEFAULT_SLA_HOURS } from "@/lib/qa/qa-options";
import { demoId, STORY_TODAY } from "@/prisma/seed/demo-ids";
import { CONNECTORS } from "@/prisma/seed/seed-connectors";
import { PROMPTS } from "@/prisma/seed/seed-prompt-templates";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import {
  createApiKey,
  createBadge,
  createCovenant,
  createDealRoom,
  createDocument,
  createDocumentFolder,
  createHolding,
  createInvestorMandate,
  createMatch,
  createOrg,
  createPortfolio,
  createProject,
  createQaQuestion,
  createSignalScore,
  createUser,
  createWebhookSubscription,
  hashApiKey,
} from "@/prisma/factories";
import { extractText } from "@/lib/dataroom/extraction/extract-text";
import { DIMENSIONS, overallScore, type DimensionKey } from "@/lib/signal-score/dimensions";
import { loadScoreInputs } from "@/lib/signal-score/load-score-inputs";
import { signalScoreOutputSchema } from "@/lib/signal-score/schemas";
import { scoreProjectOffline } from "@/lib/signal-score/score-project-offline";
import { getObjectBytes } from "@/lib/storage/objects";
import { getStorage } from "@/lib/storage/s3-client";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import { getRoomEngagement } from "@/lib/deal-rooms/engagement/get-room-engagement";
import { useTestStorage } from "../support/dataroom-routes";
import { db } from "../support/test-db";

const DEMO_ORG_SLUGS = ["helios-renewables", "andes-hydro-partners", "northwind-climate-capital", "scr-platform-ops"];
const IN_DEMO_ORGS = "= ANY($1::uuid[])";

/**
 * The job system's own tables: filled by the worker as it runs (its heartbeat, the cron schedules,
 * the runs of the events people cause), not by the seed, which writes its rows directly.
 */
const JOB_TABLES = new Set(["outbox_events", "job_runs", "job_steps", "cron_schedules", "worker_heartbeats"]);
/** Kept by the embedded mail transport as the app sends (the development mailbox): mail is sent, never seeded. */
const MAIL_TABLES = new Set(["dev_mailbox_messages"]);
/** Written by requests as they come (the rate limiter's counters, sign-in sessions, the API's Idempotency-Keys), never seeded. */
const RUNTIME_TABLES = new Set(["rate_limits", "user_sessions", "api_idempotency_keys"]);

/** Other test files add their own tenants to this database meanwhile, so rows are counted within the demo's reach only. */
const SCOPES: Record<string, { where: string; keys?: string[] }> = {
  organizations: { where: `id ${IN_DEMO_ORGS}` },
  // Operational tables of the job system: per job, not per org (the seed queues no work of its own).
  cron_schedules: { where: "false" },
  worker_heartbeats: { where: "false" },
  dev_mailbox_messages: { where: "false" },
  rate_limits: { where: "false" },
  user_sessions: { where: "false" },
  audit_log_actors: { where: `audit_log_id IN (SELECT id FROM audit_logs WHERE org_id ${IN_DEMO_ORGS})` },
  job_steps: { where: `run_id IN (SELECT id FROM job_runs WHERE org_id ${IN_DEMO_ORGS})` },
  project_milestones: { where: `project_id IN (SELECT id FROM projects WHERE org_id ${IN_DEMO_ORGS})` },
  project_budget_items: { where: `project_id IN (SELECT id FROM projects WHERE org_id ${IN_DEMO_ORGS})` },
  improvement_quests: { where: `project_id IN (SELECT id FROM projects WHERE org_id ${IN_DEMO_ORGS})` },
  ai_messages: { where: `conversation_id IN (SELECT id FROM ai_conversations WHERE org_id ${IN_DEMO_ORGS})` },
  document_extractions: { where: `document_id IN (SELECT id FROM documents WHERE org_id ${IN_DEMO_ORGS})` },
  document_search_passages: { where: `chunk_id IN (SELECT id FROM document_search_chunks WHERE org_id ${IN_DEMO_ORGS})` },
  match_results: { where: `investor_org_id ${IN_DEMO_ORGS}` },
  match_messages: { where: `match_id IN (SELECT id FROM match_results WHERE investor_org_id ${IN_DEMO_ORGS})` },
  match_reads: { where: `match_id IN (SELECT id FROM match_results WHERE investor_org_id ${IN_DEMO_ORGS})` },
  project_marketplace_settings: { where: `project_id IN (SELECT id FROM projects WHERE org_id ${IN_DEMO_ORGS})` },
  // Reference data, not tenant data: the ECB history shipped with the project.
  fx_rates: { where: "source = 'ECB'" },
  deal_rooms: { where: `ally_org_id ${IN_DEMO_ORGS}` },
  crm_sync_logs: { where: `connection_id IN (SELECT id FROM crm_connections WHERE org_id ${IN_DEMO_ORGS})` },
  qa_answers: { where: `question_id IN (SELECT id FROM qa_questions WHERE org_id ${IN_DEMO_ORGS})` },
  qa_number_counters: { where: `project_id IN (SELECT id FROM projects WHERE org_id ${IN_DEMO_ORGS})` },
  deal_room_documents: { where: `deal_room_id IN (SELECT id FROM deal_rooms WHERE ally_org_id ${IN_DEMO_ORGS})` },
  webhook_previous_secrets: { where: `subscription_id IN (SELECT id FROM webhook_subscriptions WHERE org_id ${IN_DEMO_ORGS})` },
  user_badges: { where: `user_id IN (SELECT id FROM users WHERE org_id ${IN_DEMO_ORGS})` },
  badges: { where: "slug = ANY($1::text[])", keys: BADGES.map((b) => b.slug) },
  prompt_templates: { where: "task_type = ANY($1::text[])", keys: Object.keys(PROMPTS) },
  data_connectors: { where: "name = ANY($1::text[])", keys: CONNECTORS.map((c) => c.name) },
};

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(sql, ...params);
  return Number(rows[0].n);
}

async function publicTables(): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ table_name: string }[]>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1",
  );
  return rows.map((r) => r.table_name);
}

async function demoCounts(): Promise<Record<string, number>> {
  const orgIds = (await db.organization.findMany({ where: { slug: { in: DEMO_ORG_SLUGS } }, select: { id: true } })).map((o) => o.id);
  const withOrgId = new Set(
    (
      await db.$queryRawUnsafe<{ table_name: string }[]>("SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'org_id'")
    ).map((r) => r.table_name),
  );
  const counts: Record<string, number> = {};
  for (const table of await publicTables()) {
    const scope = SCOPES[table] ?? (withOrgId.has(table) ? { where: `org_id ${IN_DEMO_ORGS}` } : undefined);
    if (!scope) throw new Error(`No demo scope for table ${table}: seed it and add it to SCOPES.`);
    // A scope with no placeholder ("false") takes no parameter: PostgreSQL refuses an unused one.
    counts[table] = await count(`SELECT count(*) AS n FROM "${table}" WHERE ${scope.where}`, scope.where.includes("$1") ? [scope.keys ?? orgIds] : []);
  }
  return counts;
}

describe("demo seed", () => {
  useTestStorage();
  let firstRun: Record<string, number>;
  beforeAll(async () => {
    await seedDemoData(db, getStorage());
    firstRun = await demoCounts();
  });

  it("gives every table demo rows", async () => {
    const tables = await publicTables();
    expect(tables).toHaveLength(76 + JOB_TABLES.size + MAIL_TABLES.size + RUNTIME_TABLES.size);
    const seeded = (table: string) => !JOB_TABLES.has(table) && !MAIL_TABLES.has(table) && !RUNTIME_TABLES.has(table);
    const emptyTables: string[] = [];
    for (const table of tables) if (seeded(table) && (await count(`SELECT count(*) AS n FROM "${table}"`)) === 0) emptyTables.push(table);
    expect(emptyTables).toEqual([]);
    expect(Object.entries(firstRun).filter(([table, n]) => n === 0 && seeded(table))).toEqual([]);
    expect(firstRun.metric_snapshots).toBeGreaterThanOrEqual(90 * 3 * 3);
  });

  it("adds nothing on a second run", async () => {
    await seedDemoData(db, getStorage());
    expect(await demoCounts()).toEqual(firstRun);
  });

  it("keeps what people changed and only restores what is missing", async () => {
    const roomId = demoId("helios/deal-room/turkana");
    const deliveryId = demoId("northwind/webhook/ops-hooks/delivery/match-connected/1");
    await db.dealRoom.update({ where: { id: roomId }, data: { name: "Turkana - renamed by Amara" } });
    await db.webhookDelivery.delete({ where: { id: deliveryId } });
    await seedDemoData(db, getStorage());
    expect((await db.dealRoom.findUniqueOrThrow({ where: { id: roomId } })).name).toBe("Turkana - renamed by Amara");
    expect(await db.webhookDelivery.count({ where: { id: deliveryId } })).toBe(1);
    expect(await demoCounts()).toEqual(firstRun);
  });

  it("tells one consistent story", async () => {
    const turkana = await db.project.findFirstOrThrow({ where: { slug: "turkana-solar-park", org: { slug: "helios-renewables" } } });
    const scores = await db.signalScore.findMany({ where: { projectId: turkana.id }, orderBy: { version: "asc" } });
    expect(scores.map((s) => s.version)).toEqual([1, 2, 3, 4]);
    expect(scores.every((s) => s.status === "COMPLETED" && s.modelVersion === "offline-rules-v1")).toBe(true);
    // The data room grew between versions: the first score is the lowest.
    expect(Math.min(...scores.map((s) => Number(s.overallScore)))).toBe(Number(scores[0].overallScore));
    for (const score of scores) {
      const log = await db.aiTaskLog.findFirstOrThrow({ where: { agentType: "SIGNAL_SCORE", entityId: score.id, status: "COMPLETED" } });
      expect(signalScoreOutputSchema.safeParse(log.outputData).success, `v${score.version} criteria`).toBe(true);
      expect(await db.citation.count({ where: { aiOutputType: "SignalScore", aiOutputId: score.id } }), `v${score.version} citations`).toBeGreaterThan(0);
    }
    // The newest version is what the scoring job computes from the same rows today.
    const { inputs } = await loadScoreInputs({ org: { id: turkana.orgId }, user: null }, turkana.id);
    const live = scoreProjectOffline(inputs);
    const newest = scores.at(-1)!;
    expect(Number(newest.overallScore)).toBe(
      Number(overallScore(Object.fromEntries(DIMENSIONS.map((d) => [d.key, live.dimensions[d.key].score])) as Record<DimensionKey, number>)),
    );
    expect(newest.narrative).toBe(live.narrative);

    const activePerTask = await db.promptTemplate.groupBy({ by: ["taskType"], where: { isActive: true }, _count: true });
    expect(activePerTask.every((row) => row._count === 1)).toBe(true);
    expect(await db.qaQuestion.count({ where: { projectId: turkana.id, slaBreached: true } })).toBe(2);
    expect(await count("SELECT count(*) AS n FROM blockchain_records b JOIN documents d ON d.id = b.document_id WHERE b.document_hash <> d.checksum_sha256")).toBe(0);
    expect(await db.document.count({ where: { projectId: turkana.id, parentVersionId: { not: null } } })).toBeGreaterThanOrEqual(2);

    const [hubspot] = await db.crmConnection.findMany({ where: { provider: "hubspot", org: { slug: "northwind-climate-capital" } } });
    expect(fernetDecrypt(hubspot.accessToken)).toMatch(/^demo-hubspot-access-/);
    for (const key of await db.apiKey.findMany({ where: { org: { slug: { in: DEMO_ORG_SLUGS } } } })) {
      expect(key.keyHash).toMatch(/^[0-9a-f]{64}$/);
      expect(key.keyPrefix).toMatch(/^scr_[0-9a-f]{4}$/);
    }
  });

  it("shows Northwind's reading of the Turkana room in Helios's engagement view as the seed's story computes it", async () => {
    const amara = await db.user.findFirstOrThrow({ where: { email: "amara@helios-renewables.example" }, include: { org: true } });
    const actor = { ...toTenantContext(amara, amara.org), request: { ipAddress: null, userAgent: "seed-test" } };
    const view = await getRoomEngagement(actor, demoId("helios/deal-room/turkana"), STORY_TODAY);
    expect(view.orgs.map((o) => [o.orgName, o.score, o.documentsOpened, o.documentsOpenable, o.pagesViewed, o.pagesTotal, o.cappedSeconds])).toEqual([
      ["Northwind Climate Capital", 91, 4, 4, 14, 16, 760],
    ]);
    expect(view.documents.map((d) => [d.name, d.version, d.state, d.seconds])).toEqual([
      ["Environmental & Social Impact Assessment (NEMA approved).pdf", 1, "shared", 375],
      ["Kenya Power PPA - Term Sheet.pdf", 2, "shared", 480],
      ["P50-P90 Energy Yield Assessment.pdf", 1, "shared", 500],
      ["Turkana Solar Park - Financial Model.xlsx", 3, "shared", 1140],
      ["Turkana Solar Park - Financial Model.xlsx", 2, "replaced", 420],
    ]);
  });

  it("runs Q&A on Helios's projects as the app would: numbers, deadlines from Helios's response times, breaches, answers, links, notifications", async () => {
    const helios = await db.organization.findUniqueOrThrow({ where: { slug: "helios-renewables" }, include: { qaSlaPolicy: true } });
    const policy = helios.qaSlaPolicy!;
    const hours: Record<string, number> = { urgent: policy.urgentHours, high: policy.highHours, normal: policy.normalHours, low: policy.lowHours };
    expect(hours).not.toEqual(DEFAULT_SLA_HOURS);
    const questions = await db.qaQuestion.findMany({
      where: { project: { orgId: helios.id } },
      include: { answers: { include: { answeredByUser: true } }, project: true },
      orderBy: [{ projectId: "asc" }, { questionNumber: "asc" }],
    });
    const turkana = questions.filter((q) => q.project.slug === "turkana-solar-park");
    expect(turkana.map((q) => q.questionNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const statuses = Object.fromEntries(["open", "in_progress", "answered", "closed"].map((s) => [s, turkana.filter((q) => q.status === s).length]));
    expect(statuses).toEqual({ open: 2, in_progress: 1, answered: 3, closed: 1 });
    // Helios's table is not one investor's.
    expect(new Set(questions.map((q) => q.orgId)).size).toBeGreaterThanOrEqual(2);
    for (const projectId of new Set(questions.map((q) => q.projectId))) {
      const counter = await db.qaNumberCounter.findUniqueOrThrow({ where: { projectId } });
      expect(counter.lastNumber).toBe(Math.max(...questions.filter((q) => q.projectId === projectId).map((q) => q.questionNumber)));
    }

    const breaches = await db.auditLog.findMany({ where: { orgId: helios.id, action: "qa.sla_breached" }, include: { actor: true } });
    const linked = new Set<string>();
    for (const q of questions) {
      const label = `Q${q.questionNumber} on ${q.project.name}`;
      expect(q.slaDeadline!.getTime() - q.createdAt.getTime(), label).toBe(hours[q.priority] * 3_600_000);
      const finals = q.answers.filter((a) => a.isFinal);
      expect(finals.length, label).toBe(q.status === "answered" || q.status === "closed" ? 1 : 0);
      expect(q.answeredAt, label).toEqual(finals[0]?.createdAt ?? null);
      expect(q.slaBreached, label).toBe((q.answeredAt ?? STORY_TODAY) > q.slaDeadline!);
      if (q.status === "in_progress") expect(q.assignedTo !== null && q.answers.some((a) => !a.isFinal), label).toBe(true);
      expect(
        q.answers.every((a) => a.answeredByUser.orgId === helios.id),
        label,
      ).toBe(true);
      // The overdue job flagged each question it found waiting past its deadline, once.
      const flagged = breaches.filter((b) => b.entityId === q.id);
      expect(flagged.length, label).toBe(q.slaBreached && (q.answeredAt === null || q.answeredAt.getTime() - q.slaDeadline!.getTime() > 15 * 60_000) ? 1 : 0);
      expect(
        flagged.every((b) => b.userId === null && b.actor?.ref === "flag-overdue-questions"),
        label,
      ).toBe(true);
      for (const id of [...q.linkedDocuments, ...q.answers.flatMap((a) => a.linkedDocuments)]) linked.add(`${q.projectId}/${id}`);
    }
    expect(turkana.filter((q) => q.status !== "answered" && q.status !== "closed" && q.slaDeadline! < STORY_TODAY).every((q) => q.slaBreached)).toBe(true);
    // Investors open only a listing's PUBLIC documents: nothing else is linked.
    const documents = await db.document.findMany({ where: { id: { in: [...linked].map((l) => l.split("/")[1]) } } });
    expect(linked.size).toBeGreaterThan(0);
    expect([...linked].every((l) => documents.some((d) => `${d.projectId}/${d.id}` === l && d.classification === "PUBLIC"))).toBe(true);

    const sources = async (email: string) =>
      new Set((await db.notification.findMany({ where: { user: { email } }, select: { sourceKey: true } })).map((n) => n.sourceKey));
    const leads = await db.user.findMany({ where: { orgId: helios.id, role: { in: ["manager", "admin"] } } });
    for (const lead of leads) {
      const mine = await sources(lead.email);
      expect(
        questions.every((q) => mine.has(`qa.asked:${q.id}`)),
        lead.email,
      ).toBe(true);
    }
    const priya = await db.user.findUniqueOrThrow({ where: { email: "priya@northwind-capital.example" } });
    const answeredToPriya = questions.filter((q) => q.askedBy === priya.id && q.answeredAt);
    expect(answeredToPriya.length).toBeGreaterThanOrEqual(3);
    const priyas = await sources(priya.email);
    expect(answeredToPriya.every((q) => priyas.has(`qa.answered:${q.answers.find((a) => a.isFinal)!.id}`))).toBe(true);
  });

  it("keeps Northwind's deal pipeline: each deal where its moves left it, linked to its match, told in the audit log", async () => {
    const entries = await db.dealPipelineEntry.findMany({
      where: { org: { slug: "northwind-climate-capital" } },
      include: { project: true, match: true, transitions: { orderBy: { movedAt: "asc" } } },
    });
    const bySlug = Object.fromEntries(entries.map((e) => [e.project.slug, e]));
    expect(Object.fromEntries(entries.map((e) => [e.project.slug, e.stage]))).toEqual({
      "turkana-solar-park": "diligence",
      "rio-blanco-mini-hydro": "screening",
      "rift-valley-wind": "closed_lost",
      "thies-solar-storage": "sourced",
    });
    expect(entries.every((e) => e.project.isPublished)).toBe(true);
    for (const entry of entries) {
      const moves = entry.transitions;
      expect(moves[0]?.fromStage, entry.project.slug).toBeNull();
      expect(moves.slice(1).every((m, i) => m.fromStage === moves[i]!.toStage)).toBe(true);
      expect(moves.at(-1)!.toStage, entry.project.slug).toBe(entry.stage);
      expect(moves.every((m) => m.reason.length > 0 && m.movedAt <= STORY_TODAY)).toBe(true);
      expect(entry.createdAt).toEqual(moves[0]!.movedAt);
      // A deal sourced from a match entered after the match appeared.
      if (entry.match) expect(moves[0]!.movedAt > entry.match.createdAt, entry.project.slug).toBe(true);
    }
    const turkana = bySlug["turkana-solar-park"]!;
    expect(turkana.match).toMatchObject({ status: "CONNECTED" });
    expect(turkana.transitions.map((t) => [t.toStage, t.reason])).toEqual([
      ["sourced", `Sourced from the East Africa mandate match, score ${turkana.match!.overallScore}`],
      ["screening", "Grid and PPA look bankable; opening DD"],
      ["diligence", "NDA signed; Q&A running"],
    ]);
    expect(bySlug["rio-blanco-mini-hydro"]!.match).toMatchObject({ status: "VIEWED" });
    expect(bySlug["thies-solar-storage"]!.matchId).toBeNull();
    const audits = await db.auditLog.findMany({ where: { orgId: turkana.orgId, action: { startsWith: "deal." } } });
    const moves = entries.flatMap((e) => e.transitions.map((t) => ({ e, t })));
    expect(audits).toHaveLength(moves.length);
    for (const { e, t } of moves) {
      expect(
        audits.some(
          (a) =>
            a.entityId === e.projectId &&
            a.userId === t.movedBy &&
            a.timestamp.getTime() === t.movedAt.getTime() &&
            a.action === (t.fromStage ? "deal.stage_changed" : "deal.added"),
        ),
        `${e.project.slug} -> ${t.toStage}`,
      ).toBe(true);
    }
  });

  it("stores a real file behind every document: size, checksum and pages agree with what extraction reads", async () => {
    const orgIds = (await db.organization.findMany({ where: { slug: { in: DEMO_ORG_SLUGS } }, select: { id: true } })).map((o) => o.id);
    const documents = await db.document.findMany({ where: { orgId: { in: orgIds } }, include: { extractions: { where: { extractionType: "TEXT" } } } });
    expect(documents.length).toBeGreaterThanOrEqual(12);
    expect(new Set(documents.map((d) => d.fileType))).toEqual(new Set(["pdf", "xlsx", "docx"]));
    for (const document of documents) {
      expect(document.status, document.name).toBe("READY");
      const bytes = await getObjectBytes(document.s3Key);
      expect(bytes.byteLength, document.name).toBe(Number(document.fileSizeBytes));
      expect(createHash("sha256").update(bytes).digest("hex"), document.name).toBe(document.checksumSha256);
      const pages = await extractText(document.fileType, bytes);
      expect((document.metadata as { pages: number }).pages, document.name).toBe(pages.length);
      const [text] = document.extractions;
      expect(text?.status, document.name).toBe("COMPLETED");
      expect(
        (text?.result as { pages: { text: string }[] } | undefined)?.pages.map((p) => p.text),
        document.name,
      ).toEqual(pages.map((p) => p.text));
    }
  });

  it("puts every row in the right tenant: the acting user and the parent belong to the row's org", async () => {
    const userColumns: [string, string][] = [
      ["documents", "uploaded_by"],
      ["document_annotations", "user_id"],
      ["redaction_jobs", "created_by"],
      ["signal_scores", "triggered_by"],
      ["ai_task_logs", "triggered_by"],
      ["ai_feedback", "user_id"],
      ["ai_conversations", "user_id"],
      ["deal_screens", "triggered_by"],
      ["investor_mandates", "created_by"],
      ["qa_questions", "asked_by"],
      ["deal_pipeline_entries", "added_by"],
      ["deal_stage_transitions", "moved_by"],
      ["deal_screen_versions", "triggered_by"],
      ["deal_room_messages", "author_id"],
      ["api_keys", "created_by"],
      ["webhook_subscriptions", "created_by"],
      ["audit_logs", "user_id"],
      ["portfolio_cash_flows", "created_by"],
    ];
    const demoOrgIds = (await db.organization.findMany({ where: { slug: { in: DEMO_ORG_SLUGS } }, select: { id: true } })).map((o) => o.id);
    const misplaced = (sql: string) => count(`${sql} AND t.org_id ${IN_DEMO_ORGS}`, [demoOrgIds]);
    for (const [table, column] of userColumns) {
      expect(await misplaced(`SELECT count(*) AS n FROM "${table}" t JOIN users u ON u.id = t."${column}" WHERE t.org_id <> u.org_id`), `${table}.${column}`).toBe(0);
    }
    // A member reading through a deal room is logged in the developer's org, naming the reader's org: that org is the user's.
    const accessLogUsers = `SELECT count(*) AS n FROM document_access_logs t JOIN users u ON u.id = t.user_id
      WHERE u.org_id::text <> CASE WHEN t.metadata_->>'via' = 'deal_room' AND t.action IN ('VIEWED', 'DOWNLOADED') THEN t.metadata_->>'viewerOrgId' ELSE t.org_id::text END`;
    expect(await misplaced(accessLogUsers), "document_access_logs.user_id").toBe(0);
    const parents: [string, string, string][] = [
      ["portfolio_holdings", "portfolio_id", "portfolios"],
      ["covenants", "holding_id", "portfolio_holdings"],
      ["portfolio_cash_flows", "holding_id", "portfolio_holdings"],
      ["documents", "project_id", "projects"],
      ["document_folders", "project_id", "projects"],
      ["signal_scores", "project_id", "projects"],
      ["webhook_deliveries", "subscription_id", "webhook_subscriptions"],
      ["investment_memos", "deal_screen_id", "deal_screens"],
      ["deal_stage_transitions", "entry_id", "deal_pipeline_entries"],
      ["deal_screen_versions", "deal_screen_id", "deal_screens"],
    ];
    for (const [table, column, parent] of parents) {
      expect(await misplaced(`SELECT count(*) AS n FROM "${table}" t JOIN "${parent}" p ON p.id = t."${column}" WHERE t.org_id <> p.org_id`), `${table}.${column}`).toBe(
        0,
      );
    }
    const wrongAlly = `SELECT count(*) AS n FROM match_results m JOIN projects p ON p.id = m.project_id WHERE m.ally_org_id <> p.org_id AND m.investor_org_id ${IN_DEMO_ORGS}`;
    expect(await count(wrongAlly, [demoOrgIds])).toBe(0);
  });

  it("puts Northwind's covenants where Helios's reported KPIs and the ledger leave them: a real check changes no status", async () => {
    const northwind = await db.organization.findUniqueOrThrow({ where: { slug: "northwind-climate-capital" } });
    const before = await db.covenant.findMany({ where: { orgId: northwind.id }, select: { id: true, status: true, currentValue: true }, orderBy: { id: "asc" } });
    const summary = await checkCovenants(systemActor(northwind.id, "seed-test"));
    expect(summary).toMatchObject({ checked: before.length, noData: 0, transitions: 0 });
    const after = await db.covenant.findMany({ where: { orgId: northwind.id }, select: { id: true, status: true, currentValue: true }, orderBy: { id: "asc" } });
    expect(after.map((c) => [c.status, c.currentValue?.toFixed(4)])).toEqual(before.map((c) => [c.status, c.currentValue?.toFixed(4)]));
    expect(before.map((c) => c.status).sort()).toEqual(["BREACH", "OK", "OK", "WARNING"]);
  });
});

describe("factories", () => {
  it("build a fresh tenant pair's data room, score history, deal flow and portfolio", async () => {
    const ally = await createOrg(db, { type: "ALLY" });
    const investor = await createOrg(db, { type: "INVESTOR" });
    const developer = await createUser(db, { orgId: ally.id, role: "manager" });
    const analyst = await createUser(db, { orgId: investor.id, role: "analyst" });
    const project = await createProject(db, { orgId: ally.id, isPublished: true });

    const folder = await createDocumentFolder(db, { orgId: ally.id, projectId: project.id });
    const v1 = await createDocument(db, { orgId: ally.id, projectId: project.id, folderId: folder.id, uploadedBy: developer.id, content: "first draft" });
    const v2 = await createDocument(db, {
      orgId: ally.id,
      projectId: project.id,
      folderId: folder.id,
      uploadedBy: developer.id,
      name: v1.name,
      version: 2,
      parentVersionId: v1.id,
    });
    expect(v2.parentVersionId).toBe(v1.id);
    expect(v1.checksumSha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await createSignalScore(db, { orgId: ally.id, projectId: project.id })).version).toBe(1);
    expect((await createSignalScore(db, { orgId: ally.id, projectId: project.id, overallScore: "71.50" })).version).toBe(2);

    const mandate = await createInvestorMandate(db, { orgId: investor.id, createdBy: analyst.id });
    const match = await createMatch(db, { investorOrgId: investor.id, projectId: project.id, mandateId: mandate.id });
    expect(match.allyOrgId).toBe(ally.id);
    const room = await createDealRoom(db, { projectId: project.id, allyOrgId: ally.id, createdBy: developer.id, investorOrgIds: [investor.id] });
    expect(room.members.map((m) => m.orgId)).toEqual([investor.id]);
    const first = await createQaQuestion(db, { orgId: investor.id, projectId: project.id, askedBy: analyst.id, dealRoomId: room.id });
    const second = await createQaQuestion(db, { orgId: investor.id, projectId: project.id, askedBy: analyst.id });
    expect([first.questionNumber, second.questionNumber]).toEqual([1, 2]);

    const portfolio = await createPortfolio(db, { orgId: investor.id });
    const holding = await createHolding(db, { orgId: investor.id, portfolioId: portfolio.id, projectId: project.id });
    expect((await createCovenant(db, { orgId: investor.id, holdingId: holding.id, status: "WARNING" })).status).toBe("WARNING");

    const { apiKey, plaintextKey } = await createApiKey(db, { orgId: investor.id, createdBy: analyst.id });
    expect(apiKey.keyHash).toBe(hashApiKey(plaintextKey));
    expect(apiKey.keyPrefix).toBe(plaintextKey.slice(0, 8));
    const { subscription, secret } = await createWebhookSubscription(db, { orgId: investor.id, createdBy: analyst.id });
    expect(fernetDecrypt(subscription.secret)).toBe(secret);
    const badge = await createBadge(db);
    expect((await createBadge(db, { slug: badge.slug, name: "renamed" })).id).toBe(badge.id);
  });
});
