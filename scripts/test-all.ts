/**
 * npm test — everything: unit and integration tests (Vitest), a production build, its first-load
 * JavaScript budget per route, and the Playwright end-to-end tests against it. Ends with one
 * "N passed, N failed" line.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

type Counts = { passed: number; failed: number; skipped: number };

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return result.status === 0;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

mkdirSync("reports", { recursive: true });
for (const file of ["reports/vitest-results.json", "reports/e2e-results.json"]) rmSync(file, { force: true });

const steps = [
  run("prisma client", "npx", ["tsx", "scripts/prisma-generate.ts"]),
  run("lint", "npx", ["biome", "check", "."]),
  run("typecheck", "npx", ["tsc", "--noEmit", "-p", "."]),
  run("unit + integration", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=reports/vitest-results.json"]),
  run("production build", "npx", ["next", "build"]),
];
// Right after the build, from its output: each route's first-load JavaScript within its budget.
steps.push(steps[4] ? run("first-load JS budget", "npx", ["tsx", "scripts/check-js-budget.ts"]) : false);
steps.push(steps[4] ? run("end-to-end", "npx", ["playwright", "test"]) : false);

const vitest = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number }>("reports/vitest-results.json");
const e2e = readJson<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number } }>("reports/e2e-results.json");
const total: Counts = {
  passed: (vitest?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0) + (e2e?.stats.flaky ?? 0),
  failed: (vitest?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0),
  skipped: (vitest?.numPendingTests ?? 0) + (e2e?.stats.skipped ?? 0),
};
const ok = steps.every(Boolean);
if (!ok && total.failed === 0) total.failed = 1;
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(ok ? 0 : 1);
