/**
 * npm run bench: each benchmark on each backend (embedded PGlite always, PostgreSQL when
 * DATABASE_URL is set), a table of percentiles, and a non-zero exit when a figure misses its
 * budget. The job-event throughput runs on every backend; the benches that need a production
 * server (upload, health under redaction, pages over HTTP) run once, on the last backend.
 * The XIRR bench needs no database and runs once. `api` times GET /api/v1/projects (10,000
 * projects, a real key) in process, route handler against listApiProjects alone for the cost of
 * authentication and the rate limit, then over HTTP through `next start` when a build exists, on
 * the last backend. `webhooks` drains 1,000 deliveries through the worker to a loopback receiver
 * on every backend.
 * `assistant` times the assistant's first streamed token over a loopback Messages API and each tool step, on every backend.
 * BENCH_ONLY=queries,search,marketplace,matching,qa,engagement,xirr,portfolio-dashboard,upload,health,http,api,webhooks,assistant runs only the named sections.
 */
import { register } from "node:module";

// lib/db/client.ts imports Next's `server-only` guard, which throws outside a React server build.
register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(specifier, context, next) { return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context); }',
    ),
);

const { benchBackends, openBenchDatabase } = await import("./databases");
const { measure } = await import("./measure");
const { projectsListBench } = await import("./projects-list.bench");
const { BUDGET_ABOVE_IDLE_MB, runDataroomUploadBench } = await import("./dataroom-upload.bench");
const { BUDGET_EVENTS_PER_SECOND, JOB_EVENTS, runJobEventsBench } = await import("./job-events.bench");
const { MAX_RATIO, MIN_SAMPLES, PAGES, runHealthUnderRedactionBench } = await import("./health-under-redaction.bench");
const { runHttpPagesBench } = await import("./http-pages.bench");
const { formatSearchBenchReport, runDataroomSearchBench } = await import("./dataroom-search.bench");
const { formatMarketplaceBenchReport, MARKETPLACE_LISTINGS, marketplaceBenchFailed, runMarketplaceBench } = await import("./marketplace.bench");
const { formatMatchingBenchReport, matchingBenchFailed, runMatchingBench } = await import("./matching.bench");
const { formatQaBenchReport, qaBenchFailed, runQaBench } = await import("./qa.bench");
const { engagementBenchFailed, formatEngagementBenchReport, runEngagementBench } = await import("./engagement.bench");
const { formatXirrBenchReport, runXirrBench, xirrBenchFailed } = await import("./xirr.bench");
const { formatPortfolioDashboardReport, portfolioDashboardBenchFailed, runPortfolioDashboardBench } = await import("./portfolio-dashboard.bench");
const { printHttpPages } = await import("./print-http-pages");
const { API_BUDGET_P95_MS, apiBenchFailed, formatApiBenchReport, runApiBench } = await import("./api-v1.bench");
const { formatWebhookDeliveriesReport, runWebhookDeliveriesBench, webhookDeliveriesFailed } = await import("./webhook-deliveries.bench");
const { assistantBenchFailed, formatAssistantBenchReport, runAssistantBench } = await import("./assistant.bench");

const ONLY = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
const runs = (
  section:
    | "queries"
    | "search"
    | "marketplace"
    | "matching"
    | "qa"
    | "engagement"
    | "xirr"
    | "portfolio-dashboard"
    | "upload"
    | "health"
    | "http"
    | "api"
    | "webhooks"
    | "assistant",
) => !ONLY || ONLY.includes(section);

const BENCHES = [projectsListBench];
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);

type Row = { bench: string; backend: string; query: string; p50: number; p95: number; p99: number; budget: number };
const results: Row[] = [];
const jobEvents: Awaited<ReturnType<typeof runJobEventsBench>>[] = [];

for (const backend of runs("queries") ? benchBackends() : []) {
  const database = await openBenchDatabase(backend);
  try {
    for (const bench of BENCHES) {
      process.stdout.write(`${bench.name} on ${backend.backend}: seeding... `);
      const cases = await bench.prepare(database);
      process.stdout.write("measuring\n");
      for (const benchCase of cases) {
        const timing = await measure(benchCase.run, { warmup: WARMUP, iterations: ITERATIONS });
        results.push({ bench: bench.name, backend: backend.backend, query: benchCase.name, ...timing, budget: bench.budgetP95Ms });
      }
    }
    process.stdout.write(`job events on ${backend.backend}: ${JOB_EVENTS} events through the embedded worker\n`);
    jobEvents.push(await runJobEventsBench(database));
  } finally {
    await database.close();
  }
}

const ms = (value: number) => value.toFixed(2).padStart(8);
console.log(`\n${ITERATIONS} iterations after ${WARMUP} warm-up calls; times in ms\n`);
console.log(`${"benchmark".padEnd(16)}${"backend".padEnd(20)}${"query".padEnd(28)}${"p50".padStart(8)}${"p95".padStart(8)}${"p99".padStart(8)}  budget`);
for (const row of results) {
  const verdict = row.p95 < row.budget ? "ok" : "OVER";
  console.log(`${row.bench.padEnd(16)}${row.backend.padEnd(20)}${row.query.padEnd(28)}${ms(row.p50)}${ms(row.p95)}${ms(row.p99)}  p95 < ${row.budget}: ${verdict}`);
}
console.log(`\njob events: ${JOB_EVENTS} events, commit to handler completion; effects checked for loss and duplicates\n`);
console.log(
  `${"backend".padEnd(20)}${"workers".padStart(8)}${"handled".padStart(9)}${"seconds".padStart(9)}${"events/s".padStart(10)}${"p50 ms".padStart(10)}${"p95 ms".padStart(10)}  budget`,
);
for (const row of jobEvents) {
  const verdict = row.eventsPerSecond > BUDGET_EVENTS_PER_SECOND && row.problems.length === 0 ? "ok" : "MISSED";
  console.log(
    `${row.backend.padEnd(20)}${`${row.workers}x${row.slots}`.padStart(8)}${String(row.handled).padStart(9)}${row.seconds.toFixed(1).padStart(9)}${row.eventsPerSecond.toFixed(1).padStart(10)}${row.latencyP50Ms.toFixed(0).padStart(10)}${row.latencyP95Ms.toFixed(0).padStart(10)}  > ${BUDGET_EVENTS_PER_SECOND}/s, none lost or doubled: ${verdict}`,
  );
  for (const problem of row.problems) console.log(`  ${problem}`);
}
// Search over 2,000 documents of 20 pages, against the old query (one call each: it parses the corpus), on the last backend.
let searchFailed = false;
if (runs("search")) {
  const backend = benchBackends().at(-1)!;
  console.log(`\ndata room search: 2,000 documents of 20 pages on ${backend.backend}, the stored index against the old expression query`);
  const database = await openBenchDatabase(backend);
  try {
    const report = await runDataroomSearchBench(database.db, { legacyIterations: 1 });
    console.log(formatSearchBenchReport(backend.backend, report));
    searchFailed = report.rows.some((row) => row.current.p95 >= report.budgetP95Ms || row.sameDocuments === false);
  } finally {
    await database.close();
  }
}

// The marketplace over 100,000 published projects on every backend, against a naive version of the same answers in the same run.
let marketplaceFailed = false;
for (const backend of runs("marketplace") ? benchBackends() : []) {
  const naiveIterations = Number(process.env.BENCH_NAIVE_ITERATIONS ?? 1);
  console.log(
    `\nmarketplace: ${MARKETPLACE_LISTINGS.toLocaleString("en")} published projects on ${backend.backend}; the naive version ${naiveIterations} times per case`,
  );
  const database = await openBenchDatabase(backend);
  try {
    const report = await runMarketplaceBench(database, { warmup: WARMUP, iterations: ITERATIONS, naiveIterations });
    console.log(formatMarketplaceBenchReport(report));
    marketplaceFailed ||= marketplaceBenchFailed(report);
  } finally {
    await database.close();
  }
}

// The matching engine on every backend: the full recompute, one project and one mandate rescored, each beside a naive version.
const matchingReports: Awaited<ReturnType<typeof runMatchingBench>>[] = [];
for (const backend of runs("matching") ? benchBackends() : []) {
  const database = await openBenchDatabase(backend);
  try {
    matchingReports.push(await runMatchingBench(database, (line) => console.log(line)));
  } finally {
    await database.close();
  }
}
if (matchingReports.length > 0)
  console.log(["", "matching: times in ms, against a naive version in the same run", formatMatchingBenchReport(matchingReports)].join("\n"));
const matchingFailed = matchingBenchFailed(matchingReports);

// The Q&A table of an ally with 5,000 questions on one project, on every backend, beside a naive version of the same pages.
const qaReports: Awaited<ReturnType<typeof runQaBench>>[] = [];
for (const backend of runs("qa") ? benchBackends() : []) {
  const database = await openBenchDatabase(backend);
  try {
    const report = await runQaBench(database, { warmup: WARMUP, iterations: ITERATIONS, naiveIterations: Number(process.env.BENCH_NAIVE_ITERATIONS ?? 5) });
    console.log(`\n${formatQaBenchReport(report)}`);
    qaReports.push(report);
  } finally {
    await database.close();
  }
}
const qaFailed = qaBenchFailed(qaReports);

// Recording one deal room beacon in a room of 200,000 prior page views, on every backend.
const engagementReports: Awaited<ReturnType<typeof runEngagementBench>>[] = [];
for (const backend of runs("engagement") ? benchBackends() : []) {
  const database = await openBenchDatabase(backend);
  try {
    const report = await runEngagementBench(database, { warmup: WARMUP, iterations: ITERATIONS });
    console.log(`\n${formatEngagementBenchReport(report)}`);
    engagementReports.push(report);
  } finally {
    await database.close();
  }
}
const engagementFailed = engagementBenchFailed(engagementReports);

// XIRR over a 20,000-flow ledger, in memory: no backend involved.
const xirrReport = runs("xirr") ? await runXirrBench({ warmup: WARMUP, iterations: ITERATIONS }) : null;
if (xirrReport) console.log(`\n${formatXirrBenchReport(xirrReport)}`);
const xirrFailed = xirrBenchFailed(xirrReport);

// The portfolio page's data for 500 holdings and 20,000 flows, on every backend; each call is ~10-100 ms, hence fewer iterations.
const dashboardReports: Awaited<ReturnType<typeof runPortfolioDashboardBench>>[] = [];
for (const backend of runs("portfolio-dashboard") ? benchBackends() : []) {
  const database = await openBenchDatabase(backend);
  try {
    const report = await runPortfolioDashboardBench(database, {
      warmup: Number(process.env.BENCH_DASHBOARD_WARMUP ?? 10),
      iterations: Number(process.env.BENCH_DASHBOARD_ITERATIONS ?? 100),
    });
    console.log(`\n${formatPortfolioDashboardReport(report)}`);
    dashboardReports.push(report);
  } finally {
    await database.close();
  }
}
const dashboardFailed = portfolioDashboardBenchFailed(dashboardReports);

// The upload goes through a real server, once, on the database a deployment would use (the last one).
console.log("\ndataroom upload: 200 MB through `next start`, server RSS sampled every 50 ms");
const upload = runs("upload") ? await runDataroomUploadBench(benchBackends().at(-1)!) : ({ kind: "skipped", reason: "not in BENCH_ONLY" } as const);
let uploadFailed = false;
if (upload.kind === "skipped") {
  console.log(`  skipped: ${upload.reason}`);
} else {
  const mb = (value: number) => `${value.toFixed(1)} MB`;
  uploadFailed = upload.status !== 201 || upload.aboveIdleMb >= BUDGET_ABOVE_IDLE_MB;
  console.log(`  backend ${upload.backend}; HTTP ${upload.status}${upload.error ? ` ${upload.error}` : ""}`);
  console.log(`  ${upload.mbPerSecond.toFixed(1)} MB/s (${upload.seconds.toFixed(1)} s); RSS idle ${mb(upload.idleMb)}, peak ${mb(upload.peakMb)}`);
  console.log(`  peak above idle ${mb(upload.aboveIdleMb)} < ${BUDGET_ABOVE_IDLE_MB} MB: ${upload.aboveIdleMb < BUDGET_ABOVE_IDLE_MB ? "ok" : "OVER"}`);
}

console.log(`\nhealth under redaction: GET /api/health back to back beside the worker, ${PAGES}-page PDF; times in ms`);
const health = runs("health") ? await runHealthUnderRedactionBench(benchBackends().at(-1)!) : ({ kind: "skipped", reason: "not in BENCH_ONLY" } as const);
if (health.kind === "skipped") {
  console.log(`  skipped: ${health.reason}`);
} else {
  console.log(`  backend ${health.backend}; ${health.steps.join("; ")}`);
  console.log(`  ${"phase".padEnd(22)}${"samples".padStart(8)}${"p50".padStart(8)}${"p95".padStart(8)}${"x idle".padStart(8)}  budget`);
  for (const row of [health.idle, ...health.phases]) {
    const verdict = row.ratio === null ? "" : row.samples < MIN_SAMPLES ? "too few samples" : row.ratio < MAX_RATIO ? "ok" : "OVER";
    const ratio = row.ratio === null ? "" : row.ratio.toFixed(2);
    console.log(
      `  ${row.phase.padEnd(22)}${String(row.samples).padStart(8)}${ms(row.p50)}${ms(row.p95)}${ratio.padStart(8)}  ${row.ratio === null ? "" : `p95 < ${MAX_RATIO}x idle: ${verdict}`}`,
    );
  }
}
const healthFailed = health.kind === "measured" && health.failures.length > 0;

const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
console.log(`\npages over HTTP: \`next start\`, autocannon with 4 connections for ${HTTP_SECONDS} s per page`);
const http = runs("http")
  ? await runHttpPagesBench(benchBackends().at(-1)!, { seconds: HTTP_SECONDS, connections: 4 })
  : ({ kind: "skipped", reason: "not in BENCH_ONLY" } as const);
const httpFailed = !printHttpPages(http);

// The public API's project list on the last backend: in process (route handler against the lib function) and over HTTP.
const API_SECONDS = Number(process.env.BENCH_API_SECONDS ?? HTTP_SECONDS);
let apiFailed = false;
if (runs("api")) {
  const backend = benchBackends().at(-1)!;
  console.log(`\nAPI: GET /api/v1/projects, 10,000 projects in the org, a real API key; p95 budget ${API_BUDGET_P95_MS} ms`);
  const report = await runApiBench(backend, { warmup: WARMUP, iterations: ITERATIONS, seconds: API_SECONDS, connections: 4 });
  console.log(formatApiBenchReport(report));
  apiFailed = apiBenchFailed(report);
  if (apiFailed) console.error(`\nAPI: ${report.failures.join("; ")}.`);
}

// 1,000 webhook deliveries through the worker to a loopback receiver, on every backend.
const webhookReports: Awaited<ReturnType<typeof runWebhookDeliveriesBench>>[] = [];
for (const backend of runs("webhooks") ? benchBackends() : []) {
  const database = await openBenchDatabase(backend);
  try {
    webhookReports.push(await runWebhookDeliveriesBench(database));
  } finally {
    await database.close();
  }
}
if (webhookReports.length > 0) console.log(`\n${formatWebhookDeliveriesReport(webhookReports)}`);
const webhooksFailed = webhookDeliveriesFailed(webhookReports);

// The assistant over a loopback Messages API, on every backend.
const assistantReports: Awaited<ReturnType<typeof runAssistantBench>>[] = [];
for (const backend of runs("assistant") ? benchBackends() : []) {
  const database = await openBenchDatabase(backend);
  try {
    assistantReports.push(await runAssistantBench(database, { warmup: Math.min(WARMUP, 10), iterations: Math.min(ITERATIONS, 100) }));
  } finally {
    await database.close();
  }
}
if (assistantReports.length > 0) console.log(`\n${formatAssistantBenchReport(assistantReports)}`);
const assistantFailed = assistantBenchFailed(assistantReports);

const failed = results.filter((row) => row.p95 >= row.budget);
const eventsFailed = jobEvents.some((row) => row.eventsPerSecond <= BUDGET_EVENTS_PER_SECOND || row.problems.length > 0);
if (failed.length > 0) console.error(`\n${failed.length} quer${failed.length === 1 ? "y" : "ies"} over budget.`);
if (searchFailed) console.error("\nData room search: a query over its p95 budget, or finding other documents than the old query.");
if (marketplaceFailed) console.error("\nMarketplace: the budgeted case over its p95 budget, or the naive version counting differently.");
if (matchingFailed) console.error("\nMatching: a case over its budget.");
if (qaFailed) console.error("\nQ&A list: a case over its p95 budget, or the naive version giving another page.");
if (engagementFailed) console.error("\nDeal room engagement: recording a beacon over its p95 budget.");
if (xirrFailed) console.error("\nXIRR: a 20,000-flow solve over its p95 budget.");
if (dashboardFailed) console.error("\nPortfolio dashboard: getPortfolioView or listPortfolios over its p95 budget.");
if (uploadFailed) console.error("\nThe dataroom upload failed or used more memory than its budget.");
if (eventsFailed) console.error(`\nJob events: slower than ${BUDGET_EVENTS_PER_SECOND}/s, or an event was lost or handled twice.`);
if (healthFailed) console.error(`\nHealth under redaction: ${health.failures.join("; ")}.`);
if (httpFailed && http.kind === "measured") console.error(`\nPages over HTTP: ${http.failures.join("; ")}.`);
if (webhooksFailed) console.error("\nWebhook deliveries: slower than the budget, or a delivery lost, sent twice or not delivered.");
if (assistantFailed) console.error("\nAssistant: the first streamed token or a tool step over its p95 budget.");
process.exit(
  failed.length > 0 ||
    searchFailed ||
    marketplaceFailed ||
    matchingFailed ||
    qaFailed ||
    engagementFailed ||
    xirrFailed ||
    dashboardFailed ||
    uploadFailed ||
    eventsFailed ||
    healthFailed ||
    httpFailed ||
    apiFailed ||
    webhooksFailed ||
    assistantFailed
    ? 1
    : 0,
);
