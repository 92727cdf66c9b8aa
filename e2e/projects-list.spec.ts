import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

/** Project names in the table, top to bottom. Other specs add projects to Helios: compare relative order only. */
async function listedNames(page: Page): Promise<string[]> {
  return page.locator("tbody tr td:first-child a").allTextContents();
}

const filters = (page: Page) => page.getByRole("search", { name: "Filter projects" });

function parseCsvLine(line: string): string[] {
  return [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"')).slice(0, -1);
}

/** Other specs add Helios projects while this one runs: a large page keeps the seeded ones on page 1. */
const ALL = "/projects?size=100";

test.beforeEach(async ({ page }) => {
  await signInAs(page, DEMO.allyManager);
});

test("filters by status; the URL keeps the filter through a reload, and Back removes it", async ({ page }) => {
  await page.goto(ALL);
  await expect(page.getByRole("link", { name: "Turkana Solar Park" })).toBeVisible();

  await filters(page)
    .getByRole("button", { name: /^Status/ })
    .click();
  await page.getByRole("menuitemcheckbox", { name: "Suspended" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/[?&]status=SUSPENDED\b/);
  await expect(page.getByRole("link", { name: "Western Kenya Biomass CHP" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Turkana Solar Park" })).toHaveCount(0);

  await page.reload();
  await expect(filters(page).getByRole("button", { name: /^Status/ })).toContainText("Suspended");
  await expect(page.getByRole("link", { name: "Western Kenya Biomass CHP" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Turkana Solar Park" })).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/projects\?size=100$/);
  await expect(page.getByRole("link", { name: "Turkana Solar Park" })).toBeVisible();
});

test("sorts by investment with the keyboard, both ways, and says so with aria-sort", async ({ page }) => {
  await page.goto("/projects?status=ACTIVE,DRAFT&country=KE");
  const header = page.getByRole("columnheader", { name: "Investment sought" });
  await header.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=investment&dir=desc/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  let names = await listedNames(page);
  expect(names.indexOf("Rift Valley Wind Farm")).toBeLessThan(names.indexOf("Turkana Solar Park"));
  expect(names.indexOf("Turkana Solar Park")).toBeLessThan(names.indexOf("Mombasa Port Battery Storage"));

  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=investment&dir=asc/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  names = await listedNames(page);
  expect(names.indexOf("Mombasa Port Battery Storage")).toBeLessThan(names.indexOf("Turkana Solar Park"));
  expect(names.indexOf("Turkana Solar Park")).toBeLessThan(names.indexOf("Rift Valley Wind Farm"));

  await page.reload();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
});

test("searches names and descriptions, case-insensitively, and explains an empty result", async ({ page }) => {
  await page.goto(ALL);
  const search = page.getByRole("searchbox", { name: "Search projects" });
  await search.fill("BAGASSE");
  await expect(page).toHaveURL(/[?&]q=BAGASSE\b/);
  await expect(page.getByRole("link", { name: "Western Kenya Biomass CHP" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Turkana Solar Park" })).toHaveCount(0);

  await page.reload();
  await expect(search).toHaveValue("BAGASSE");

  await search.fill("no project is called this");
  await expect(page.getByText("No projects match these filters")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/projects\?size=100$/);
  await expect(search).toHaveValue("");
  await expect(page.getByRole("link", { name: "Turkana Solar Park" })).toBeVisible();
});

test("the CSV export holds the filtered rows only, from every page", async ({ page }) => {
  await page.goto("/projects?status=ACTIVE&country=KE&size=10");
  await expect(page.getByRole("link", { name: "Turkana Solar Park" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^helios-renewables-projects-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile(await download.path(), "utf8"))
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  const header = parseCsvLine(lines[0]);
  const rows = lines.slice(1).map((line) => Object.fromEntries(parseCsvLine(line).map((cell, i) => [header[i], cell])));
  const names = rows.map((row) => row.Name);
  expect(names).toEqual(expect.arrayContaining(["Turkana Solar Park", "Rift Valley Wind Farm"]));
  expect(names).not.toContain("Mount Elgon Run-of-River Hydro");
  expect(names).not.toContain("Mombasa Port Battery Storage");
  expect(rows.every((row) => row.Status === "ACTIVE" && row.Country === "KE")).toBe(true);
});

test("hidden columns stay hidden after a reload; the page size is part of the URL", async ({ page }) => {
  await page.goto(ALL);
  await expect(page.getByRole("columnheader", { name: "Stage" })).toBeVisible();
  await page.getByRole("button", { name: /^Columns/ }).click();
  await page.getByRole("menuitemcheckbox", { name: "Stage" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("columnheader", { name: "Stage" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("link", { name: "Turkana Solar Park" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Stage" })).toHaveCount(0);

  await page.getByLabel("Rows per page").selectOption("10");
  await expect(page).not.toHaveURL(/size=100/);
  await expect(page).toHaveURL(/[?&]size=10\b/);
  await expect(page.getByText(/^Showing 1–\d+ of \d+ projects?$/)).toBeVisible();
});
