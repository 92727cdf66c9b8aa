/**
 * First-load JavaScript budget: what a browser downloads before a route is interactive, gzip'd,
 * per route, from a production build. `next build` (16.x) writes the list of every app route's
 * first-load chunks to <distDir>/diagnostics/route-bundle-stats.json: the JS files its client
 * reference manifest names for each of its segments (layouts, page, loading, error), plus the
 * root main files every route loads. Chunks fetched later (next/dynamic, import()) are not in it.
 * Sizes are gzip level 9 of each file, so two runs over one build agree to the byte.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const KB = 1024;
export const DEFAULT_BUDGET_BYTES = 200 * KB;

export const ROUTE_BUDGETS: Record<string, { bytes: number; why: string }> = {};

export type RouteChunks = { route: string; firstLoadChunkPaths: string[] };
export type RouteSize = { route: string; gzipBytes: number; chunks: number; budgetBytes: number; over: boolean };
export type BudgetReport = { ok: boolean; rows: RouteSize[]; problems: string[] };

export const ROUTE_BUNDLE_STATS = path.join("diagnostics", "route-bundle-stats.json");

/** The per-route chunk lists of the build in distDir (relative to projectDir, as next.config's distDir is). */
export function readRouteChunks(projectDir: string, distDir: string): RouteChunks[] {
  const file = path.resolve(projectDir, distDir, ROUTE_BUNDLE_STATS);
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: run \`next build\` first (with the same NEXT_DIST_DIR). If Next no longer writes it, find the per-route chunk lists in its build output.`,
    );
  }
  const rows = JSON.parse(readFileSync(file, "utf8")) as unknown;
  if (!Array.isArray(rows) || !rows.every((row) => typeof row?.route === "string" && Array.isArray(row?.firstLoadChunkPaths))) {
    throw new Error(`${file} is not a list of { route, firstLoadChunkPaths }: its format changed; update scripts/lib/check-js-budget.ts.`);
  }
  return rows as RouteChunks[];
}

/** Gzip'd size of each route's first-load chunks (paths relative to projectDir); a chunk shared by many routes is read once. */
export function measureRoutes(routes: RouteChunks[], readChunk: (chunkPath: string) => Buffer): Map<string, { gzipBytes: number; chunks: number }> {
  const sizes = new Map<string, number>();
  const gzipSize = (chunk: string) => {
    let size = sizes.get(chunk);
    if (size === undefined) sizes.set(chunk, (size = gzipSync(readChunk(chunk), { level: 9 }).length));
    return size;
  };
  const result = new Map<string, { gzipBytes: number; chunks: number }>();
  for (const { route, firstLoadChunkPaths } of routes) {
    const chunks = [...new Set(firstLoadChunkPaths.filter((chunk) => chunk.endsWith(".js")))];
    result.set(route, { gzipBytes: chunks.reduce((sum, chunk) => sum + gzipSize(chunk), 0), chunks: chunks.length });
  }
  return result;
}

/** Each route against its budget, largest first; an explicit budget for a route the build lacks is a problem too (it went stale). */
export function checkBudgets(
  measured: Map<string, { gzipBytes: number; chunks: number }>,
  budgets: Record<string, { bytes: number }> = ROUTE_BUDGETS,
  defaultBytes = DEFAULT_BUDGET_BYTES,
): BudgetReport {
  const rows = [...measured].map(([route, { gzipBytes, chunks }]) => {
    const budgetBytes = budgets[route]?.bytes ?? defaultBytes;
    return { route, gzipBytes, chunks, budgetBytes, over: gzipBytes > budgetBytes };
  });
  rows.sort((a, b) => b.gzipBytes - a.gzipBytes || a.route.localeCompare(b.route));
  const problems = [
    ...(rows.length === 0 ? ["The build lists no routes: nothing was measured."] : []),
    ...rows.filter((row) => row.over).map((row) => `${row.route}: ${formatKb(row.gzipBytes)} of first-load JS, over its ${formatKb(row.budgetBytes)} budget.`),
    ...Object.keys(budgets)
      .filter((route) => !measured.has(route))
      .map((route) => `${route} has its own budget in ROUTE_BUDGETS but the build has no such route: remove it.`),
  ];
  return { ok: problems.length === 0, rows, problems };
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

export function formatTable(rows: RouteSize[]): string {
  const width = Math.max(5, ...rows.map((row) => row.route.length));
  const lines = [`${"route".padEnd(width)}  ${"gzip".padStart(9)}  ${"budget".padStart(9)}  chunks`];
  for (const row of rows) {
    lines.push(
      `${row.route.padEnd(width)}  ${formatKb(row.gzipBytes).padStart(9)}  ${formatKb(row.budgetBytes).padStart(9)}  ${String(row.chunks).padStart(6)}${row.over ? "  OVER" : ""}`,
    );
  }
  return lines.join("\n");
}

/** The whole check over a build on disk. */
export function checkJsBudget(projectDir: string, distDir: string, budgets: Record<string, { bytes: number }> = ROUTE_BUDGETS): BudgetReport {
  const routes = readRouteChunks(projectDir, distDir);
  return checkBudgets(
    measureRoutes(routes, (chunk) => readFileSync(path.resolve(projectDir, chunk))),
    budgets,
  );
}
