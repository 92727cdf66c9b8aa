import { expect, test } from "@playwright/test";
import { createPortfolio, recordFlow, uniqueSuffix } from "./portfolio-steps";
import { DEMO, signInAs } from "./support";

test("an investor holds a plant whose developer is not on the platform, records its flows and enters its KPI actual itself", async ({ page }) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  const project = `Olkaria Binary ${suffix}`;
  const metricName = `e2e_availability_${suffix}`;
  await signInAs(page, DEMO.investorAnalyst);
  const portfolioUrl = await createPortfolio(page, `E2E Off-platform Fund ${suffix}`, "USD");

  await page.goto(`${portfolioUrl}/holdings/new`);
  await page.getByRole("link", { name: "Off the platform" }).click();
  const form = page.getByRole("form", { name: "Add an off-platform holding" });
  // Nothing typed: each required field says what it needs, and nothing is added.
  await form.getByRole("button", { name: "Add holding" }).click();
  await expect(form.getByText("Name the project.")).toBeVisible({ timeout: 30_000 });
  await expect(form.getByText("Enter the commitment as a number with up to 4 decimal places.")).toBeVisible();

  await form.getByLabel("Project name").fill(project);
  await form.getByLabel("Developer").fill("Rift Binary Power Ltd");
  await form.getByLabel("Technology").selectOption("GEOTHERMAL");
  await form.getByRole("combobox", { name: "Country" }).fill("Kenya");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await form.getByLabel("Investment date").fill("2025-06-02");
  await form.getByLabel("Commitment").fill("1200000");
  await form.getByRole("button", { name: "Add holding" }).click();

  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(project, { timeout: 30_000 });
  await expect(heading).toContainText("Off-platform");
  await expect(page.getByText("Developed by Rift Binary Power Ltd, off the platform.")).toBeVisible();
  await recordFlow(page, "Capital call", "2025-06-03", "1000000", "USD");

  const kpis = page.locator("#kpis");
  const targetForm = page.getByRole("form", { name: "Set a KPI target" });
  await targetForm.getByRole("combobox", { name: "KPI", exact: true }).selectOption({ label: "Another KPI…" });
  await targetForm.getByLabel("KPI name").fill(metricName);
  await targetForm.getByLabel("Unit").fill("%");
  await targetForm.getByLabel("Target per period").fill("95");
  await targetForm.getByLabel("Tolerance (% of target)").fill("2");
  await targetForm.getByLabel("Reported").selectOption({ label: "Quarterly" });
  await targetForm.getByRole("button", { name: "Set target" }).click();
  await expect(targetForm.getByText(`Target set for ${metricName}.`)).toBeVisible({ timeout: 30_000 });

  // Nobody to ask: the investor records the actual, and there is no sharing with a developer.
  const recordForm = page.getByRole("form", { name: "Record an actual" });
  await expect(recordForm).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("form", { name: "Ask for actuals" })).toHaveCount(0);
  await recordForm.getByLabel("Period").fill("2026-Q1");
  await recordForm.getByLabel(/^Actual/).fill("90");
  await recordForm.getByLabel("Note").fill("Operator's Q1 report");
  await recordForm.getByRole("button", { name: "Record actual" }).click();
  await expect(recordForm.getByText("Recorded for 2026-Q1.")).toBeVisible({ timeout: 30_000 });
  const row = kpis.getByRole("row").filter({ hasText: "2026-Q1" });
  await expect(row).toContainText("Off target", { timeout: 30_000 });
});
