/**
 * The pages as a user gets them (issue 13): `next start` on a seeded database (10,000 projects in
 * the org, 2,000 documents of 20 pages in one project's data room), each page under load from
 * autocannon, reported as p50/p95, requests/s, HTML size and its ratio to /api/health in the same
 * run, with the server's RSS warmed up, at its peak and after the load.
 * Goals: list pages and dashboard p50 under 4x health; HTML under 200 KB; RSS after within 25% of warm.
 */
import type { DbClient } from "../lib/db/create-db-client";
import { createDbClient } from "../lib/db/create-db-client";
import { applyMigrations } from "../lib/db/migrations";
import { createOrg, createUser } from "../prisma/factories";
import { benchSession } from "./bench-session";
import type { benchBackends } from "./databases";
import { loadPage, type PageLoad } from "./load-page";
import { sampleRss, treeRssBytes } from "./process-rss";
import { seedBenchProjects } from "./seed-projects";
import { seedSearchCorpus } from "./seed-search-corpus";
import { missingBuildNotice, startBenchServer } from "./start-bench-server";

export const LIST_RATIO_BUDGET = 4;
export const HTML_BUDGET_BYTES = 200 * 1024;
export const RSS_RETURN_BUDGET = 1.25;
const PROJECTS = 10_000;
const SEARCH_DOCUMENTS = 2_000;
const SEARCH_PAGES = 20;

export type PageFigure = PageLoad & { name: string; path: string; ratioP50: number; budgeted: boolean };
export type HttpBenchResult =
  | { kind: "skipped"; reason: string }
  | { kind: "measured"; backend: string; pages: PageFigure[]; rss: { startMb: number; warmMb: number; peakMb: number; afterMb: number }; failures: string[] };

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => bytes / 1024 / 1024;

async function seed(db: DbClient) {
  const org = await createOrg(db, { name: "Bench HTTP Ally", slug: "bench-http-ally", type: "ALLY" });
  const user = await createUser(db, { orgId: org.id, role: "admin", email: "bench-http@bench.example" });
  await seedBenchProjects(db, org.id, PROJECTS, 42);
  const project = await db.project.findFirstOrThrow({ where: { orgId: org.id }, orderBy: { createdAt: "asc" }, select: { id: true } });
  await seedSearchCorpus(db, org.id, { documents: SEARCH_DOCUMENTS, pages: SEARCH_PAGES, projectId: project.id });
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  return { org, user, projectId: project.id };
}

function pagesToLoad(projectId: string): { name: string; path: string; budgeted: boolean }[] {
  return [
    { name: "health", path: "/api/health", budgeted: false },
    // References for the floor under every page: the sign-in page has no app shell and reads one
    // row; a search that matches nothing renders the projects page's shell, filters and empty table.
    { name: "sign-in (reference)", path: "/sign-in", budgeted: false },
    { name: "projects, no match", path: "/projects?q=zzzqqq", budgeted: false },
    { name: "projects list", path: "/projects", budgeted: true },
    { name: "projects, sorted", path: "/projects?sort=investment&dir=desc", budgeted: true },
    { name: "projects, filtered", path: "/projects?status=ACTIVE&country=KE,UG", budgeted: true },
    { name: "projects, searched", path: "/projects?q=kisumu", budgeted: true },
    { name: "projects, page 50", path: "/projects?page=50", budgeted: true },
    { name: "dashboard", path: "/dashboard", budgeted: true },
    { name: "project overview", path: `/projects/${projectId}`, budgeted: false },
    { name: "data room index", path: "/dataroom", budgeted: false },
    { name: "data room search", path: `/dataroom/${projectId}?q=turbine`, budgeted: false },
  ];
}

export async function runHttpPagesBench(opener: ReturnType<typeof benchBackends>[number], options: { seconds: number; connections: number }): Promise<HttpBenchResult> {
  const missing = missingBuildNotice();
  if (missing) return { kind: "skipped", reason: missing };
  const database = await opener.open();
  try {
    await applyMigrations(database.url);
    const db = createDbClient(database.url);
    try {
      const { user, projectId } = await seed(db);
      const { secret, cookie } = await benchSession(db, user.id);
      const server = await startBenchServer(database.url, secret);
      try {
        return { ...(await measure(server, cookie, projectId, options)), backend: opener.backend };
      } finally {
        await server.stop();
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

async function measure(server: { url: string; pid: number }, cookie: string, projectId: string, options: { seconds: number; connections: number }) {
  const pages = pagesToLoad(projectId);
  const start = treeRssBytes(server.pid);
  // Warm-up: every route compiled into memory and every query planned once, as after a deploy's first minutes.
  for (const page of pages) await loadPage(server.url + page.path, { ...options, seconds: 2, cookie });
  await settle(2_000);
  const warm = treeRssBytes(server.pid);
  const rss = sampleRss(server.pid);
  const loads: (PageLoad & (typeof pages)[number])[] = [];
  for (const page of pages) loads.push({ ...page, ...(await loadPage(server.url + page.path, { ...options, cookie })) });
  const { peak } = rss.stop();
  await settle(10_000);
  const after = treeRssBytes(server.pid);

  const health = loads[0];
  const figures: PageFigure[] = loads.map((load) => ({ ...load, ratioP50: load.p50 / health.p50 }));
  const failures = [
    ...figures.filter((page) => page.errors || page.non2xx).map((page) => `${page.name}: ${page.errors} errors, ${page.non2xx} non-2xx`),
    ...figures.filter((page) => page.budgeted && page.ratioP50 >= LIST_RATIO_BUDGET).map((page) => `${page.name}: p50 ${page.ratioP50.toFixed(1)}x health`),
    ...figures.filter((page) => page.htmlBytes > HTML_BUDGET_BYTES).map((page) => `${page.name}: ${(page.htmlBytes / 1024).toFixed(0)} KB of HTML`),
    ...(after > warm * RSS_RETURN_BUDGET ? [`RSS after the load ${mb(after).toFixed(0)} MB, over 125% of warm ${mb(warm).toFixed(0)} MB`] : []),
  ];
  return { kind: "measured" as const, pages: figures, rss: { startMb: mb(start), warmMb: mb(warm), peakMb: mb(peak), afterMb: mb(after) }, failures };
}
