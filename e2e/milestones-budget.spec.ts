import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support";

const PROJECT = "Mombasa Port Battery Storage";

/** The project's overview path, read from the projects list as the signed-in user sees it. */
async function projectPath(page: Page): Promise<string> {
  await page.goto("/projects");
  const href = await page.getByRole("link", { name: PROJECT }).first().getAttribute("href");
  expect(href).toMatch(/^\/projects\/[0-9a-f-]{36}$/);
  return href!;
}

const rowNames = (page: Page) => page.getByTestId("milestone-row").locator("p.font-medium").allTextContents();

async function addMilestone(page: Page, fields: { name: string; target: string; status?: string; completion?: string }) {
  await page.getByRole("button", { name: "Add milestone" }).click();
  const dialog = page.getByRole("dialog", { name: "Add milestone" });
  await dialog.getByLabel("Name").fill(fields.name);
  await dialog.getByLabel("Target date").fill(fields.target);
  if (fields.status) await dialog.getByLabel("Status").selectOption(fields.status);
  if (fields.completion) await dialog.getByLabel("Completion (%)").fill(fields.completion);
  await dialog.getByRole("button", { name: "Add milestone" }).click();
  return dialog;
}

async function addBudgetLine(page: Page, fields: { category: string; description: string; estimated: string; actual?: string; status?: string }) {
  await page.getByRole("button", { name: "Add budget line" }).click();
  const dialog = page.getByRole("dialog", { name: "Add budget line" });
  await dialog.getByLabel("Category").fill(fields.category);
  await dialog.getByLabel("Description").fill(fields.description);
  await dialog.getByLabel("Estimated amount").fill(fields.estimated);
  if (fields.actual) await dialog.getByLabel("Actual amount").fill(fields.actual);
  if (fields.status) await dialog.getByLabel("Status").selectOption(fields.status);
  await dialog.getByRole("button", { name: "Add line" }).click();
  return dialog;
}

test("a manager plans milestones, reorders them with the keyboard, completes one, and budgets with exact totals and variance", async ({ page }) => {
  await signInAs(page, DEMO.allyManager);
  const path = await projectPath(page);

  await page.goto(`${path}/milestones`);
  await expect(page.getByRole("heading", { name: "Milestones", level: 2 })).toBeVisible();
  const invalid = await addMilestone(page, { name: "Connection agreement signed", target: "2026-12-15", status: "IN_PROGRESS", completion: "150" });
  await expect(invalid.getByText("Completion cannot be above 100%.")).toBeVisible();
  await invalid.getByLabel("Completion (%)").fill("40");
  await invalid.getByRole("button", { name: "Add milestone" }).click();
  await expect(invalid).toBeHidden();
  await expect(await addMilestone(page, { name: "Battery supply contract", target: "2027-01-31" })).toBeHidden();
  await expect.poll(() => rowNames(page)).toEqual(["Grid services tariff confirmed", "Connection agreement signed", "Battery supply contract"]);

  // Keyboard only: focus the move button and press Enter twice; focus follows the moved row.
  await page.getByRole("button", { name: "Move “Battery supply contract” up" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => rowNames(page)).toEqual(["Grid services tariff confirmed", "Battery supply contract", "Connection agreement signed"]);
  await expect(page.getByRole("button", { name: "Move “Battery supply contract” up" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => rowNames(page)).toEqual(["Battery supply contract", "Grid services tariff confirmed", "Connection agreement signed"]);
  await expect(page.getByRole("list", { name: "Milestones in order" })).toHaveAttribute("aria-busy", "false");
  await page.reload();
  await expect.poll(() => rowNames(page)).toEqual(["Battery supply contract", "Grid services tariff confirmed", "Connection agreement signed"]);

  await page.getByRole("button", { name: "Mark “Connection agreement signed” complete" }).click();
  const completed = page.getByTestId("milestone-row").filter({ hasText: "Connection agreement signed" });
  await expect(completed.getByText("Completed", { exact: true })).toBeVisible();
  await expect(completed.getByText("100%")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark “Connection agreement signed” complete" })).toHaveCount(0);

  await page.goto(`${path}/budget`);
  const badAmount = await addBudgetLine(page, { category: "Grid Connection", description: "33 kV line to the port substation", estimated: "12.34567" });
  await expect(badAmount.getByText("Enter an amount like")).toBeVisible();
  await badAmount.getByLabel("Estimated amount").fill("1,250,000.10");
  await badAmount.getByLabel("Actual amount").fill("1300000.20");
  await badAmount.getByLabel("Status").selectOption("COMMITTED");
  await badAmount.getByRole("button", { name: "Add line" }).click();
  await expect(badAmount).toBeHidden();
  await expect(
    await addBudgetLine(page, { category: "Legal", description: "Connection agreement counsel", estimated: "180000.05", actual: "150000", status: "SPENT" }),
  ).toBeHidden();

  const grid = page.getByTestId("budget-category").filter({ hasText: "Grid Connection" });
  await expect(grid.locator('[data-variance="over"]').first()).toContainText("+50,000.10");
  await expect(grid.locator('[data-variance="over"]').first()).toContainText("+4.0%");
  const legal = page.getByTestId("budget-category").filter({ hasText: "Legal" });
  await expect(legal.locator('[data-variance="under"]').first()).toContainText("−30,000.05");
  await expect(legal.locator('[data-variance="under"]').first()).toContainText("−16.7%");
  const total = page.locator("tfoot tr");
  await expect(total).toContainText("28,430,000.15");
  await expect(total).toContainText("1,450,000.20");
  await expect(total.locator('[data-variance="over"]')).toContainText("+20,000.05");
  await expect(total.locator('[data-variance="over"]')).toContainText("+1.4%");

  await page.goto(path);
  await expect(page.getByText("No capital raised yet")).toBeVisible();
  await expect(page.getByRole("img", { name: /Milestone timeline\. .*Connection agreement signed: target 2026-12-15, completed/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Budget by category in USD\. .*Grid Connection: estimated USD 1,250,000\.10, actual USD 1,300,000\.20/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Recent changes" })).toContainText("Sarah Chen marked milestone “Connection agreement signed” complete");

  await page.goto("/dashboard");
  const health = page.locator('[data-slot="card"]').filter({ has: page.getByRole("heading", { name: "Budget health" }) });
  await expect(health.getByRole("link", { name: new RegExp(PROJECT) })).toContainText("+1.4%");
});

test("a viewer sees milestones and the budget without any edit controls", async ({ page }) => {
  await signInAs(page, DEMO.allyViewer);
  const path = await projectPath(page);
  await page.goto(`${path}/milestones`);
  await expect(page.getByTestId("milestone-row").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Add milestone" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Move|Mark|Edit|Delete|Drag) / })).toHaveCount(0);

  await page.goto(`${path}/budget`);
  await expect(page.getByRole("heading", { name: "Capital budget" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Battery containers, PCS and EMS" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add budget line" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Edit|Delete) / })).toHaveCount(0);
});

test("another org's manager gets 404 on the project's overview, milestones and budget", async ({ browser }) => {
  const owner = await browser.newPage();
  await signInAs(owner, DEMO.allyManager);
  const path = await projectPath(owner);
  await owner.close();

  const stranger = await browser.newPage();
  await signInAs(stranger, DEMO.otherAlly);
  for (const url of [path, `${path}/milestones`, `${path}/budget`]) {
    const response = await stranger.goto(url);
    expect(response?.status(), url).toBe(404);
  }
  await stranger.close();
});
