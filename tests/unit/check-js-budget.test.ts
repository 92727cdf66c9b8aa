import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBudgets, checkJsBudget, formatTable, KB, measureRoutes, readRouteChunks } from "@/scripts/lib/check-js-budget";

/** Incompressible bytes, the same on every run: gzip barely shrinks them, so sizes are easy to place around a budget. */
function noise(seed: string, bytes: number): Buffer {
  const blocks: Buffer[] = [];
  for (let i = 0; blocks.length * 32 < bytes; i++) blocks.push(createHash("sha256").update(`${seed}:${i}`).digest());
  return Buffer.concat(blocks).subarray(0, bytes);
}

const gz = (content: Buffer) => gzipSync(content, { level: 9 }).length;

// A build as next build 16 lays it out: chunk paths in the stats are relative to the project.
const project = mkdtempSync(path.join(tmpdir(), "js-budget-"));
const distDir = ".next-fixture";
const chunk = (name: string) => path.join(distDir, "static", "chunks", name);
const framework = noise("framework", 120 * KB);
const shell = noise("shell", 40 * KB);
const charts = noise("charts", 60 * KB);

beforeAll(() => {
  mkdirSync(path.join(project, distDir, "static", "chunks"), { recursive: true });
  mkdirSync(path.join(project, distDir, "diagnostics"), { recursive: true });
  writeFileSync(path.join(project, chunk("framework.js")), framework);
  writeFileSync(path.join(project, chunk("shell.js")), shell);
  writeFileSync(path.join(project, chunk("charts.js")), charts);
  writeFileSync(path.join(project, chunk("app.css")), noise("css", 50 * KB));
  const stats = [
    // The chart page lists a chunk twice and a stylesheet: each JS file counts once, CSS not at all.
    { route: "/dashboard", firstLoadChunkPaths: [chunk("charts.js"), chunk("shell.js"), chunk("charts.js"), chunk("app.css"), chunk("framework.js")] },
    { route: "/team", firstLoadChunkPaths: [chunk("shell.js"), chunk("framework.js")] },
    { route: "/sign-in", firstLoadChunkPaths: [chunk("framework.js")] },
  ];
  writeFileSync(path.join(project, distDir, "diagnostics", "route-bundle-stats.json"), JSON.stringify(stats));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("first-load JS budget", () => {
  it("sums each route's gzip'd JS chunks once, shared chunks in every route that loads them", () => {
    const measured = measureRoutes(readRouteChunks(project, distDir), (file) => readFileSync(path.resolve(project, file)));
    expect(measured.get("/dashboard")).toEqual({ gzipBytes: gz(charts) + gz(shell) + gz(framework), chunks: 3 });
    expect(measured.get("/team")).toEqual({ gzipBytes: gz(shell) + gz(framework), chunks: 2 });
    expect(measured.get("/sign-in")).toEqual({ gzipBytes: gz(framework), chunks: 1 });
  });

  it("fails the routes over the default budget and passes the rest", () => {
    const report = checkJsBudget(project, distDir, {});
    // ~220 KB against 200 KB: over; ~160 KB and ~120 KB: within.
    expect(report.ok).toBe(false);
    expect(report.rows.map((row) => [row.route, row.over])).toEqual([
      ["/dashboard", true],
      ["/team", false],
      ["/sign-in", false],
    ]);
    expect(report.problems).toEqual([expect.stringMatching(/^\/dashboard: 2\d\d\.\d KB of first-load JS, over its 200\.0 KB budget\.$/)]);
    expect(formatTable(report.rows)).toMatch(/\/dashboard\s+2\d\d\.\d KB\s+200\.0 KB\s+3 {2}OVER/);
  });

  it("lets a route with an explicit budget through, and flags an explicit budget whose route is gone", () => {
    const measured = measureRoutes(readRouteChunks(project, distDir), (file) => readFileSync(path.resolve(project, file)));
    const report = checkBudgets(measured, { "/dashboard": { bytes: 240 * KB }, "/old-route": { bytes: 300 * KB } });
    expect(report.rows.find((row) => row.route === "/dashboard")).toMatchObject({ over: false, budgetBytes: 240 * KB });
    expect(report.problems).toEqual(["/old-route has its own budget in ROUTE_BUDGETS but the build has no such route: remove it."]);
  });

  it("refuses to pass an empty build or one without the stats file", () => {
    expect(checkBudgets(new Map(), {}).problems).toEqual(["The build lists no routes: nothing was measured."]);
    expect(() => readRouteChunks(project, ".next-missing")).toThrow(/route-bundle-stats\.json is missing/);
  });
});
