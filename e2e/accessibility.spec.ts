import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support";

/**
 * Every main page of each kind of demo user, as they reach it through the app: no serious or
 * critical WCAG 2 A/AA violation (axe), and no console error or uncaught exception on the way.
 */

/** The page walked, and what went wrong on the current stop (console errors arrive asynchronously). */
type Walk = { page: Page; problems: string[] };

function watch(page: Page): Walk {
  const walk: Walk = { page, problems: [] };
  page.on("console", (message) => {
    if (message.type() === "error") walk.problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    walk.problems.push(`uncaught ${error.name}: ${error.message}`);
  });
  return walk;
}

async function audit(walk: Walk, label: string) {
  const { page } = walk;
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  // Client components hydrate and fetch after the first paint: their errors belong to this page.
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  for (const violation of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
    const targets = violation.nodes
      .slice(0, 5)
      .map((node) => node.target.join(" "))
      .join(" | ");
    walk.problems.push(`${violation.impact} ${violation.id} (${violation.help}) at ${targets}`);
  }
  // Soft: one walk reports every page's problems, not only the first page's.
  expect.soft(walk.problems, `${label}:\n${walk.problems.join("\n")}`).toEqual([]);
  walk.problems = [];
}

async function visit(walk: Walk, label: string, path: string) {
  await walk.page.goto(path);
  await audit(walk, label);
}

/** The live links of the main navigation, as this user sees them. */
async function navLinks(page: Page): Promise<{ name: string; href: string }[]> {
  const links = page.getByRole("navigation", { name: /main/i }).first().getByRole("link");
  const found: { name: string; href: string }[] = [];
  for (const link of await links.all()) {
    const href = await link.getAttribute("href");
    if (href?.startsWith("/")) found.push({ name: (await link.innerText()).trim(), href });
  }
  return found;
}

async function hrefOf(link: ReturnType<Page["getByRole"]>): Promise<string> {
  const href = await link.first().getAttribute("href", { timeout: 15_000 });
  if (!href) throw new Error("link without href");
  return href;
}

async function walkNav(walk: Walk) {
  const links = await navLinks(walk.page);
  expect(links.length).toBeGreaterThan(2);
  for (const { name, href } of links) await visit(walk, `nav "${name}" ${href}`, href);
}

/** A room, its first folder (and more until a PDF shows), that PDF in the viewer, and the room's access log. */
async function walkDataRoom(walk: Walk, roomName: RegExp) {
  const { page } = walk;
  await page.goto("/dataroom");
  const room = await hrefOf(page.getByRole("main").getByRole("link", { name: roomName }));
  await visit(walk, `data room ${room}`, room);
  const accessLogLink = page.getByRole("link", { name: "Access log" });
  const accessLog = (await accessLogLink.count()) ? await hrefOf(accessLogLink) : null;
  const folders = await Promise.all((await page.getByRole("tree", { name: "Folder tree" }).getByRole("link").all()).map((l) => l.getAttribute("href")));
  const pdfLink = page.getByRole("main").getByRole("link", { name: /\.pdf$/i });
  let pdf = (await pdfLink.count()) ? await hrefOf(pdfLink) : null;
  expect(folders.length).toBeGreaterThan(0);
  for (const [index, folder] of folders.entries()) {
    if (!folder || (pdf && index > 0)) continue;
    await visit(walk, `data room folder ${folder}`, folder);
    if (!pdf && (await pdfLink.count())) pdf = await hrefOf(pdfLink);
  }
  expect(pdf, "a PDF in the room or one of its top-level folders").not.toBeNull();
  await visit(walk, `document viewer ${pdf}`, pdf!);
  await expect(page.getByRole("img", { name: "Page 1" })).toBeVisible();
  await audit(walk, `document viewer, page rendered ${pdf}`);
  if (accessLog) await visit(walk, "access log", accessLog);
}

test.describe.configure({ mode: "parallel" });

test("ally admin: every main page is accessible and error-free", async ({ page }) => {
  test.setTimeout(300_000);
  const walk = watch(page);
  await visit(walk, "sign-in", "/sign-in");
  await signInAs(page, DEMO.allyAdmin);
  await walkNav(walk);

  await page.goto("/projects");
  const project = await hrefOf(page.getByRole("main").getByRole("link", { name: "Turkana Solar Park" }));
  await page.goto(project);
  const sections = page.getByRole("navigation", { name: "Project sections" }).getByRole("link");
  const tabs = await Promise.all((await sections.all()).map(async (tab) => ({ name: (await tab.innerText()).trim(), href: (await tab.getAttribute("href"))! })));
  expect(tabs.map((t) => t.name)).toEqual(["Overview", "Milestones", "Budget", "Signal Score", "Deal rooms", "History"]);
  for (const tab of tabs) await visit(walk, `project ${tab.name}`, tab.href);

  await walkDataRoom(walk, /Turkana Solar Park/);
  // In the navigation too; named here so the page stays walked should its menu entry move.
  await visit(walk, "KPI requests", "/kpi-requests");

  await page.goto("/ai-usage");
  await page
    .getByRole("navigation", { name: "Month" })
    .getByRole("link", { name: /^Previous month/ })
    .click();
  await expect(page).toHaveURL(/\/ai-usage\?month=\d{4}-\d{2}$/);
  await audit(walk, `AI usage, previous month ${page.url()}`);
});

test("investor analyst: every main page is accessible and error-free", async ({ page }) => {
  test.setTimeout(300_000);
  const walk = watch(page);
  await signInAs(page, DEMO.investorAnalyst);
  await walkNav(walk);
  await walkDataRoom(walk, /./);
  // A portfolio (KPI cards, charts, the sortable holdings table) and a holding (ledger, forms, dialogs' triggers).
  await visit(walk, "portfolios", "/portfolios");
  await visit(walk, "portfolio", await hrefOf(page.getByRole("main").getByRole("link", { name: /Fund I$/ })));
  await visit(walk, "holding", await hrefOf(page.getByRole("main").getByRole("link", { name: "Mount Elgon Run-of-River Hydro" })));
  // In the navigation too; named here so the board stays walked should its menu entry move.
  await visit(walk, "covenant board", "/portfolios/covenants");
});

test("platform admin: every main page is accessible and error-free", async ({ page }) => {
  test.setTimeout(300_000);
  const walk = watch(page);
  await signInAs(page, DEMO.platformAdmin);
  await walkNav(walk);
  await page.goto("/admin/prompts");
  const prompt = await hrefOf(page.getByRole("main").locator('a[href^="/admin/prompts/"]'));
  await visit(walk, `prompt ${prompt}`, prompt);
});
