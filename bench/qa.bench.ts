/**
 * The Q&A table (lib/qa/list-questions.ts) for an ally whose project has 5,000 questions from 20
 * investors, with a second ally's 1,000 questions in the same table so the side filter does real
 * work, against a naive version of the same pages in the same run (every question of the ally's
 * projects with its relations, filtered, sorted and cut in memory). Goal (issue 15): each case at
 * p95 under 30 ms on the embedded database and on PostgreSQL.
 */
import type { TenantContext } from "../lib/auth/tenant-context";
import type { DbClient } from "../lib/db/create-db-client";
import type { ListQuestionsQuery } from "../lib/qa/schemas";
import { createOrg, createProject, createUser } from "../prisma/factories";
import type { BenchDatabase } from "./databases";
import { measure, type Timing } from "./measure";

export const QA_BUDGET_P95_MS = 30;
export const QA_QUESTIONS = 5_000;
const INVESTORS = 20;
const ALLY_MEMBERS = 5;

export const QA_CASES: [name: string, query: ListQuestionsQuery][] = [
  ["first page", {}],
  ["open+urgent/high by deadline", { status: ["open", "in_progress"], priority: ["urgent", "high"], sort: "deadline" }],
  ["page 50", { page: 50 }],
];

export type QaBenchRow = { name: string; total: number; current: Timing; naive: Timing; samePage: boolean };
export type QaBenchReport = { backend: string; questions: number; seedSeconds: number; rows: QaBenchRow[]; budgetP95Ms: number };

type Scope = Pick<TenantContext, "org"> & { user: { id: string } };

/**
 * `count` questions on one project, numbered 1..count, asked over the last 120 days by the
 * investors in turn: 30% open, 25% in progress, 35% answered (a final answer each, a fifth of them
 * late), 10% closed; priorities 10% urgent, 25% high, 50% normal, 15% low; seven categories; half
 * assigned to a member and/or a team; deadlines from the default hours (24/72/120/240).
 */
async function seedQuestions(db: DbClient, projectId: string, investors: { orgId: string; userId: string }[], members: string[], count: number) {
  const orgIds = investors.map((i) => i.orgId);
  const userIds = investors.map((i) => i.userId);
  await db.$executeRaw`
    WITH shape AS (
      SELECT n,
             (${orgIds}::uuid[])[1 + n % ${orgIds.length}] AS org_id,
             (${userIds}::uuid[])[1 + n % ${userIds.length}] AS asked_by,
             CASE WHEN h % 100 < 30 THEN 'open' WHEN h % 100 < 55 THEN 'in_progress' WHEN h % 100 < 90 THEN 'answered' ELSE 'closed' END AS status,
             CASE WHEN (h / 100) % 100 < 10 THEN 'urgent' WHEN (h / 100) % 100 < 35 THEN 'high' WHEN (h / 100) % 100 < 85 THEN 'normal' ELSE 'low' END AS priority,
             (ARRAY['financial', 'legal', 'technical', 'commercial', 'esg', 'regulatory', 'other'])[1 + (h / 10000) % 7] AS category,
             now() - make_interval(mins => h % 172800) AS created_at,
             h
      FROM (SELECT n, (abs(hashint4(n)::bigint) % 2147483647)::int AS h FROM generate_series(1, ${count}) n) s
    ),
    timed AS (
      SELECT *, created_at + make_interval(hours => CASE priority WHEN 'urgent' THEN 24 WHEN 'high' THEN 72 WHEN 'normal' THEN 120 ELSE 240 END) AS deadline FROM shape
    )
    INSERT INTO qa_questions (org_id, project_id, question_number, question, category, priority, asked_by, assigned_to, assigned_team, status,
                              sla_deadline, answered_at, sla_breached, linked_documents, tags, created_at, updated_at)
    SELECT org_id, ${projectId}::uuid, n,
           'Question ' || n || ': ' || (ARRAY['what is the grid connection timeline', 'is the land lease registered', 'what is the P90 yield',
             'who holds the EPC warranty', 'how is the tariff indexed', 'what are the resettlement commitments'])[1 + h % 6] || '?',
           category, priority, asked_by,
           CASE WHEN status <> 'open' AND h % 2 = 0 THEN (${members}::uuid[])[1 + h % ${members.length}] END,
           CASE WHEN status <> 'open' AND h % 3 = 0 THEN (ARRAY['finance', 'legal', 'technical', 'esg', 'management'])[1 + h % 5] END,
           status, deadline,
           CASE WHEN status = 'answered' THEN CASE WHEN h % 5 = 0 THEN deadline + interval '6 hours' ELSE created_at + (deadline - created_at) / 2 END END,
           (status = 'answered' AND h % 5 = 0) OR (status IN ('open', 'in_progress') AND deadline < now()),
           '{}', CASE WHEN h % 4 = 0 THEN ARRAY['grid', 'timing'] ELSE '{}' END,
           created_at, created_at
    FROM timed`;
  await db.$executeRaw`
    INSERT INTO qa_answers (question_id, answered_by, content, is_final, created_at, updated_at)
    SELECT q.id, (${members}::uuid[])[1 + q.question_number % ${members.length}], 'Answered from the data room: see the attached study.', true, q.answered_at, q.answered_at
    FROM qa_questions q WHERE q.project_id = ${projectId}::uuid AND q.status = 'answered'`;
  await db.$executeRaw`INSERT INTO qa_number_counters (project_id, last_number) VALUES (${projectId}::uuid, ${count})`;
}

async function seedAlly(db: DbClient, slug: string, investors: { orgId: string; userId: string }[], count: number): Promise<Scope> {
  const org = await createOrg(db, { name: `Q&A Bench ${slug}`, slug, type: "ALLY" });
  const members = [];
  for (let i = 0; i < ALLY_MEMBERS; i += 1) members.push((await createUser(db, { orgId: org.id, role: i === 0 ? "admin" : "analyst" })).id);
  const project = await createProject(db, { orgId: org.id, name: `Q&A Bench ${slug} project`, isPublished: true });
  await seedQuestions(db, project.id, investors, members, count);
  return {
    org: { id: org.id, name: org.name, slug: org.slug, type: org.type, logoUrl: org.logoUrl, tier: org.subscriptionTier, status: org.subscriptionStatus },
    user: { id: members[0]! },
  };
}

/**
 * The table as a first version would build it: every question of the ally's projects with the
 * relations a row shows, then the filters, the sort and the page in memory.
 */
async function naiveListQuestions(db: DbClient, scope: Scope, query: ListQuestionsQuery, pageSize: number) {
  const { qaQuestionDtoInclude, toQaQuestionDto } = await import("../lib/qa/qa-question-dto");
  const all = (await db.qaQuestion.findMany({ where: { project: { orgId: scope.org.id } }, include: qaQuestionDtoInclude })).map(toQaQuestionDto);
  const rows = all.filter((q) => (!query.status?.length || query.status.includes(q.status)) && (!query.priority?.length || query.priority.includes(q.priority)));
  const byDeadline = (a: (typeof rows)[number], b: (typeof rows)[number]) => (a.slaDeadline ?? "9999").localeCompare(b.slaDeadline ?? "9999") || a.id.localeCompare(b.id);
  const byNumber = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.projectId.localeCompare(b.projectId) || a.number - b.number;
  rows.sort(query.sort === "deadline" ? byDeadline : byNumber);
  const page = query.page ?? 1;
  return { total: rows.length, rows: rows.slice((page - 1) * pageSize, page * pageSize) };
}

export async function runQaBench(database: BenchDatabase, options: { warmup: number; iterations: number; naiveIterations: number }): Promise<QaBenchReport> {
  const { listQuestions, QA_PAGE_SIZE } = await import("../lib/qa/list-questions");
  const started = performance.now();
  const investors = [];
  for (let i = 0; i < INVESTORS; i += 1) {
    const org = await createOrg(database.db, { name: `Q&A Bench Investor ${i}`, slug: `qa-bench-investor-${i}`, type: "INVESTOR" });
    investors.push({ orgId: org.id, userId: (await createUser(database.db, { orgId: org.id, role: "analyst" })).id });
  }
  const ally = await seedAlly(database.db, "qa-bench-ally", investors, QA_QUESTIONS);
  await seedAlly(database.db, "qa-bench-neighbour", investors, 1_000);
  // The state autovacuum leaves the tables in: fresh statistics, a visibility map for index-only scans.
  await database.db.$executeRawUnsafe("VACUUM ANALYZE qa_questions, qa_answers, projects, users, organizations");
  const seedSeconds = (performance.now() - started) / 1000;

  const rows: QaBenchRow[] = [];
  for (const [name, query] of QA_CASES) {
    const page = await listQuestions(ally, query);
    if (page.rows.length === 0) throw new Error(`bench case "${name}" found no question: the seed does not exercise it`);
    const current = await measure(() => listQuestions(ally, query), options);
    let naivePage: Awaited<ReturnType<typeof naiveListQuestions>> | undefined;
    const naive = await measure(async () => (naivePage = await naiveListQuestions(database.db, ally, query, QA_PAGE_SIZE)), {
      warmup: Math.min(options.warmup, 3),
      iterations: options.naiveIterations,
    });
    const samePage = naivePage!.total === page.total && naivePage!.rows.map((r) => r.id).join() === page.rows.map((r) => r.id).join();
    rows.push({ name, total: page.total, current, naive, samePage });
  }
  return { backend: database.backend, questions: QA_QUESTIONS, seedSeconds, rows, budgetP95Ms: QA_BUDGET_P95_MS };
}

export function formatQaBenchReport(report: QaBenchReport): string {
  const ms = (value: number) => value.toFixed(1).padStart(9);
  const lines = [
    `Q&A list on ${report.backend}: ${report.questions.toLocaleString("en")} questions on one project (and 1,000 of another ally) seeded in ${report.seedSeconds.toFixed(1)} s`,
    `${"case".padEnd(30)}${"total".padStart(7)}${"p50".padStart(9)}${"p95".padStart(9)}${"naive p50".padStart(11)}${"naive p95".padStart(11)}${"x faster".padStart(9)}  budget`,
  ];
  for (const row of report.rows) {
    const verdict = `p95 < ${report.budgetP95Ms}: ${row.current.p95 < report.budgetP95Ms ? "ok" : "OVER"}`;
    lines.push(
      `${row.name.padEnd(30)}${String(row.total).padStart(7)}${ms(row.current.p50)}${ms(row.current.p95)}  ${ms(row.naive.p50)}  ${ms(row.naive.p95)}${(row.naive.p50 / row.current.p50).toFixed(0).padStart(9)}  ${verdict}${row.samePage ? "" : "  (naive: DIFFERENT page)"}`,
    );
  }
  return lines.join("\n");
}

export function qaBenchFailed(reports: QaBenchReport[]): boolean {
  return reports.some((report) => report.rows.some((row) => row.current.p95 >= report.budgetP95Ms || !row.samePage));
}
