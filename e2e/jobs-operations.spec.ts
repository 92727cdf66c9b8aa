import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support";

/**
 * The jobs pages render for the people they are for. Which runs exist depends on what the demo
 * seed and the e2e server's worker have done, so each check accepts the table or its empty state.
 */

const mainNav = (page: Page) => page.getByRole("navigation", { name: /main/i }).first();

test("an org admin opens Jobs from the navigation and sees the org's jobs, filterable by status", async ({ page }) => {
  await signInAs(page, DEMO.allyAdmin);
  await mainNav(page).getByRole("link", { name: "Jobs", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/jobs$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Jobs", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(mainNav(page).getByRole("link", { name: "Settings", exact: true })).not.toHaveAttribute("aria-current", "page");

  const table = page.getByRole("table", { name: /Background jobs of Helios/ });
  const empty = page.getByText("No jobs have run for your organisation yet.");
  await expect(table.or(empty)).toBeVisible();
  if (await empty.isVisible()) return;

  for (const column of ["Job", "About", "Status", "Attempts", "Started", "Duration"]) {
    await expect(table.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  }
  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Failed" });
  await expect(page).toHaveURL(/[?&]status=FAILED/);
  await expect(table.or(page.getByText("No jobs match these filters."))).toBeVisible();
  // Every row left is a failed one, each with its Retry button.
  const rows = table.locator("tbody tr");
  for (const row of await rows.all()) {
    await expect(row).toHaveAttribute("data-status", "FAILED");
    await expect(row.getByRole("button", { name: /^Retry / })).toBeVisible();
  }
});

test("a manager has no Jobs entry and the page says it is for admins", async ({ page }) => {
  await signInAs(page, DEMO.allyManager);
  await expect(mainNav(page).getByRole("link", { name: "Team", exact: true })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Jobs", exact: true })).toHaveCount(0);
  await page.goto("/settings/jobs");
  await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
  await expect(page.getByText("Jobs are for admins")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("the platform admin sees every org's jobs, the workers and the backlog", async ({ page }) => {
  await signInAs(page, DEMO.platformAdmin);
  await mainNav(page).getByRole("link", { name: "Jobs", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/jobs$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();

  const health = page.getByRole("region", { name: "Workers and backlog" });
  await expect(health.getByRole("heading", { name: "Workers", exact: true })).toBeVisible({ timeout: 20_000 });
  for (const stat of ["Events not yet dispatched", "Jobs waiting to run", "Running", "Failed in the last 24 h", "Oldest waiting"]) {
    await expect(health.getByText(stat, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("table", { name: "Job workers" }).or(page.getByText("No worker has reported in the last day."))).toBeVisible();

  await expect(page.getByRole("heading", { level: 2, name: "Recent jobs" })).toBeVisible();
  const runs = page.getByRole("table", { name: /Background jobs of every organisation/ });
  await expect(runs.or(page.getByText("No jobs have run yet."))).toBeVisible();
  if (await runs.isVisible()) {
    await expect(runs.getByRole("columnheader", { name: "Organisation" })).toBeVisible();
    // Retrying is the org admins' call, on their own page.
    await expect(runs.getByRole("button", { name: /^Retry / })).toHaveCount(0);
  }
});

test("an org admin cannot open the platform jobs page", async ({ page }) => {
  await signInAs(page, DEMO.allyAdmin);
  expect((await page.goto("/admin/jobs"))?.status()).toBe(404);
});
