/**
 * npm run bench: each benchmark on each backend (embedded PGlite always, PostgreSQL when
 * DATABASE_URL is set), a table of percentiles, and a non-zero exit when a p95 misses its budget.
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

const BENCHES = [projectsListBench];
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);

type Row = { bench: string; backend: string; query: string; p50: number; p95: number; p99: number; budget: number };
const results: Row[] = [];

for (const backend of benchBackends()) {
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
// The upload goes through a real server, once, on the database a deployment would use (the last one).
console.log("\ndataroom upload: 200 MB through `next start`, server RSS sampled every 50 ms");
const upload = await runDataroomUploadBench(benchBackends().at(-1)!);
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

const failed = results.filter((row) => row.p95 >= row.budget);
if (failed.length > 0) console.error(`\n${failed.length} quer${failed.length === 1 ? "y" : "ies"} over budget.`);
if (uploadFailed) console.error("\nThe dataroom upload failed or used more memory than its budget.");
process.exit(failed.length > 0 || uploadFailed ? 1 : 0);
