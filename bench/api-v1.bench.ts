/**
 * GET /api/v1/projects for an org with 10,000 projects (issue 17), with a real API key made by the
 * app's createApiKey: page 1, page 2 by the cursor page 1 returned, and page 201 by a cursor
 * 5,000 rows deep. Measured three ways on the same database in the same run:
 *   - in process, interleaved call by call so a noisy machine skews them alike: the route's own
 *     `GET` (key lookup, rate-limit count, query parsing, listApiProjects, JSON) against
 *     listApiProjects alone with the same JSON serialisation; the difference is what
 *     authentication and the rate limit add. authenticateApiKey and the rate-limit count are
 *     also timed alone, to show where that difference goes;
 *   - over HTTP through `next start` (autocannon, as the pages bench), when a build exists: one
 *     connection for latency, the budgeted figure (with more, p95 is mostly queueing behind the
 *     other connections on one Node process), then four at once for requests/s.
 * The key carries a limit of its own of 1,000,000 requests a minute (set through createApiKey,
 * above the 10,000 the form offers), so the limiter counts every request, in PostgreSQL as in
 * production, but never answers 429; any non-2xx answer fails the run.
 * Goal: p95 under 30 ms over HTTP (one connection) and for the route handler in process.
 */
import { randomBytes } from "node:crypto";
import { toTenantContext } from "../lib/auth/to-tenant-context";
import { createOrg, createUser } from "../prisma/factories";
import { type BenchDatabase, type benchBackends, openBenchDatabase } from "./databases";
import { loadPage, type PageLoad } from "./load-page";
import { percentile, type Timing } from "./measure";
import { seedBenchProjects } from "./seed-projects";
import { missingBuildNotice, startBenchServer } from "./start-bench-server";

export const API_BUDGET_P95_MS = 30;
const PROJECTS = 10_000;
const NEIGHBOUR_PROJECTS = 2_000;
/** Far above any rate this bench reaches, so a 429 can only mean the limiter misbehaves. */
const KEY_REQUESTS_PER_MINUTE = 1_000_000;
const DEEP_ROWS = 5_000;

type ApiCase = { name: string; query: string };
export type InProcessRow = { page: string; route: Timing; list: Timing; auth: Timing; limit: Timing };
/** One connection for latency (the budget), then `connections` at once for requests/s. */
export type ApiHttpRow = { page: string; latency: PageLoad; load: PageLoad };
export type ApiBenchReport = {
  backend: string;
  iterations: number;
  warmup: number;
  inProcess: InProcessRow[];
  http: { kind: "skipped"; reason: string } | { kind: "measured"; seconds: number; connections: number; rows: ApiHttpRow[] };
  failures: string[];
};

/** Each function called in turn, `iterations` times after `warmup` rounds, each call timed on its own. */
async function measureInterleaved<K extends string>(
  runs: Record<K, () => Promise<unknown>>,
  options: { warmup: number; iterations: number },
): Promise<Record<K, Timing>> {
  const names = Object.keys(runs) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < options.warmup + options.iterations; round += 1) {
    for (const name of names) {
      const start = performance.now();
      await runs[name]();
      if (round >= options.warmup) samples[name].push(performance.now() - start);
    }
  }
  const timing = (list: number[]): Timing => {
    list.sort((a, b) => a - b);
    const mean = list.reduce((sum, sample) => sum + sample, 0) / list.length;
    return { p50: percentile(list, 0.5), p95: percentile(list, 0.95), p99: percentile(list, 0.99), mean, iterations: list.length };
  };
  return Object.fromEntries(names.map((name) => [name, timing(samples[name])])) as Record<K, Timing>;
}

async function seed(database: BenchDatabase) {
  const { createApiKey } = await import("../lib/api-keys/create-api-key");
  const org = await createOrg(database.db, { name: "Bench API Ally", slug: "bench-api-ally", type: "ALLY" });
  const neighbour = await createOrg(database.db, { name: "Bench API Neighbour", slug: "bench-api-neighbour", type: "ALLY" });
  const user = await createUser(database.db, { orgId: org.id, role: "admin", email: "bench-api@bench.example" });
  await seedBenchProjects(database.db, org.id, PROJECTS, 42);
  await seedBenchProjects(database.db, neighbour.id, NEIGHBOUR_PROJECTS, 7);
  await database.db.$executeRawUnsafe("VACUUM ANALYZE");
  const actor = { ...toTenantContext(user, org), request: { ipAddress: "127.0.0.1", userAgent: "npm run bench" } };
  const { key } = await createApiKey(actor, { name: "Bench key", scopes: ["projects:read"], rateLimitPerMinute: KEY_REQUESTS_PER_MINUTE });
  return { key };
}

/** Page 1, page 2 by page 1's cursor, and page 201 by walking 5,000 rows with the API's own cursors. */
async function apiCases(call: (query: string) => Promise<{ data: unknown[]; nextCursor: string | null }>): Promise<ApiCase[]> {
  const first = await call("");
  if (first.data.length !== 25 || !first.nextCursor)
    throw new Error(`page 1 returned ${first.data.length} rows and cursor ${first.nextCursor}: the seed does not exercise paging`);
  let cursor = "";
  for (let walked = 0; walked < DEEP_ROWS; walked += 100) {
    const page = await call(`limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    if (!page.nextCursor) throw new Error(`the cursor walk ended after ${walked + page.data.length} rows`);
    cursor = page.nextCursor;
  }
  return [
    { name: "page 1", query: "" },
    { name: "page 2 (cursor)", query: `cursor=${encodeURIComponent(first.nextCursor)}` },
    { name: "page 201 (cursor)", query: `cursor=${encodeURIComponent(cursor)}` },
  ];
}

export async function runApiBench(
  opener: ReturnType<typeof benchBackends>[number],
  options: { warmup: number; iterations: number; seconds: number; connections: number },
): Promise<ApiBenchReport> {
  const database = await openBenchDatabase(opener);
  try {
    const { GET } = await import("../app/api/v1/projects/route");
    const { listApiProjects } = await import("../lib/api/projects/list-api-projects");
    const { listApiProjectsQuerySchema } = await import("../lib/api/projects/schemas");
    const { authenticateApiKey } = await import("../lib/api-keys/authenticate-api-key");
    const { consumeRateLimit } = await import("../lib/rate-limit/consume-rate-limit");
    const { key } = await seed(database);
    const authorization = `Bearer ${key}`;
    const request = (query: string) => new Request(`http://127.0.0.1/api/v1/projects${query ? `?${query}` : ""}`, { headers: { authorization } });
    const viaRoute = async (query: string) => {
      const response = await GET(request(query));
      if (response.status !== 200) throw new Error(`GET /api/v1/projects?${query} answered ${response.status}: ${await response.text()}`);
      return JSON.parse(await response.text()) as { data: unknown[]; nextCursor: string | null };
    };
    const cases = await apiCases(viaRoute);
    const authenticated = await authenticateApiKey(request(""));
    const limitKeys = {
      org: { id: authenticated.org.id, tier: authenticated.org.tier },
      apiKey: { id: authenticated.actor.apiKeyId, requestsPerMinute: KEY_REQUESTS_PER_MINUTE },
    };

    const failures: string[] = [];
    const inProcess: InProcessRow[] = [];
    for (const benchCase of cases) {
      const query = listApiProjectsQuerySchema.parse(Object.fromEntries(new URLSearchParams(benchCase.query)));
      const [viaHandler, direct] = [await viaRoute(benchCase.query), await listApiProjects(authenticated.actor, query)];
      if (JSON.stringify(viaHandler) !== JSON.stringify(direct)) failures.push(`${benchCase.name}: the route and listApiProjects returned different pages`);
      const timings = await measureInterleaved(
        {
          route: async () => (await GET(request(benchCase.query))).text(),
          list: async () => JSON.stringify(await listApiProjects(authenticated.actor, query)),
          auth: () => authenticateApiKey(request(benchCase.query)),
          limit: () => consumeRateLimit("api", limitKeys),
        },
        options,
      );
      inProcess.push({ page: benchCase.name, ...timings });
      if (timings.route.p95 >= API_BUDGET_P95_MS) failures.push(`${benchCase.name} in process: p95 ${timings.route.p95.toFixed(1)} ms`);
    }

    const missing = missingBuildNotice();
    let http: ApiBenchReport["http"] = { kind: "skipped", reason: missing ?? "" };
    if (!missing) {
      const server = await startBenchServer(database.url, randomBytes(32).toString("hex"));
      try {
        const rows: ApiHttpRow[] = [];
        const load = (benchCase: ApiCase, seconds: number, connections: number) =>
          loadPage(`${server.url}/api/v1/projects${benchCase.query ? `?${benchCase.query}` : ""}`, { connections, seconds, headers: { authorization } });
        // Warm-up: the route compiled into memory and each query planned, as after a deploy's first minutes.
        for (const benchCase of cases) await load(benchCase, 2, options.connections);
        for (const benchCase of cases) {
          rows.push({ page: benchCase.name, latency: await load(benchCase, options.seconds, 1), load: await load(benchCase, options.seconds, options.connections) });
        }
        for (const row of rows) {
          for (const run of [row.latency, row.load]) {
            if (run.errors || run.non2xx) failures.push(`${row.page} over HTTP: ${run.errors} errors, ${run.non2xx} non-2xx (429 included)`);
          }
          if (row.latency.p95 >= API_BUDGET_P95_MS) failures.push(`${row.page} over HTTP (1 connection): p95 ${row.latency.p95.toFixed(1)} ms`);
        }
        http = { kind: "measured", seconds: options.seconds, connections: options.connections, rows };
      } finally {
        await server.stop();
      }
    }
    return { backend: opener.backend, iterations: options.iterations, warmup: options.warmup, inProcess, http, failures };
  } finally {
    await database.close();
  }
}

const num = (value: number, digits = 2) => value.toFixed(digits).padStart(9);

export function formatApiBenchReport(report: ApiBenchReport): string {
  const lines = [
    `  backend ${report.backend}; in process: ${report.iterations} interleaved calls after ${report.warmup} warm-up rounds; times in ms`,
    `  ${"page".padEnd(20)}${"route p50".padStart(10)}${"p95".padStart(9)}${"list p50".padStart(10)}${"p95".padStart(9)}${"+auth+lim".padStart(10)}${"auth p50".padStart(10)}${"limit p50".padStart(10)}  budget`,
  ];
  for (const row of report.inProcess) {
    lines.push(
      `  ${row.page.padEnd(20)}${num(row.route.p50).padStart(10)}${num(row.route.p95)}${num(row.list.p50).padStart(10)}${num(row.list.p95)}${num(row.route.p50 - row.list.p50).padStart(10)}${num(row.auth.p50).padStart(10)}${num(row.limit.p50).padStart(10)}  route p95 < ${API_BUDGET_P95_MS}: ${row.route.p95 < API_BUDGET_P95_MS ? "ok" : "OVER"}`,
    );
  }
  lines.push("  (+auth+lim: route p50 minus listApiProjects p50, i.e. key lookup, rate-limit count, query parsing and the Response)");
  if (report.http.kind === "skipped") {
    lines.push(`  over HTTP: skipped: ${report.http.reason}`);
    return lines.join("\n");
  }
  const { connections, seconds } = report.http;
  lines.push(`  over HTTP: \`next start\`, autocannon for ${seconds} s per page with 1 connection (latency, budgeted), then ${connections} (requests/s)`);
  lines.push(
    `  ${"page".padEnd(20)}${"p50".padStart(9)}${"p95".padStart(9)}${"req/s".padStart(9)}${`${connections}c p50`.padStart(9)}${"p95".padStart(9)}${"req/s".padStart(9)}${"KB".padStart(7)}  budget`,
  );
  for (const { page, latency, load } of report.http.rows) {
    const errors = latency.errors + load.errors;
    const non2xx = latency.non2xx + load.non2xx;
    const verdicts = [`p95 < ${API_BUDGET_P95_MS}: ${latency.p95 < API_BUDGET_P95_MS ? "ok" : "OVER"}`, errors || non2xx ? `${errors} errors, ${non2xx} non-2xx` : ""];
    lines.push(
      `  ${page.padEnd(20)}${num(latency.p50, 1)}${num(latency.p95, 1)}${num(latency.requestsPerSecond, 0)}${num(load.p50, 1)}${num(load.p95, 1)}${num(load.requestsPerSecond, 0)}${(latency.htmlBytes / 1024).toFixed(1).padStart(7)}  ${verdicts.filter(Boolean).join("; ")}`,
    );
  }
  return lines.join("\n");
}

export const apiBenchFailed = (report: ApiBenchReport | null) => (report?.failures.length ?? 0) > 0;
