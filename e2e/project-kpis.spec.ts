import { expect, test } from "@playwright/test";
import { addHolding, createPortfolio, uniqueSuffix } from "./portfolio-steps";
import { DEMO, signInAs } from "./support";

const INVESTOR_ORG = "Northwind Climate Capital";
const DEVELOPER = "Helios Renewables";
const PROJECT = "Turkana Solar Park";

test("an investor sets a KPI target and asks Helios for the quarter's actual; Helios reports it off target; the investor reads the variance and shows Helios the holding", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  // One actual per project, KPI and period is shared by every investor asking: a KPI of this run's own keeps runs apart.
  const metricName = `e2e_dscr_${suffix}`;
  const label = `E2e dscr ${suffix}`;
  // A day of its own, so the developer's list of holders names this holding and not an earlier run's.
  const since = new Date(Date.UTC(2025, 0, 1) + (Number.parseInt(suffix, 36) % 365) * 86_400_000).toISOString().slice(0, 10);

  await signInAs(page, DEMO.investorAnalyst);
  const portfolioUrl = await createPortfolio(page, `E2E KPI Fund ${suffix}`, "USD");
  const holdingUrl = await addHolding(page, portfolioUrl, PROJECT, "USD", "1500000", since);

  // DSCR-like: 1.35x a quarter, at or above, ±5%.
  await page.goto(`${holdingUrl}#kpis`);
  const kpis = page.locator("#kpis");
  await expect(kpis.getByText("No KPI targets yet")).toBeVisible();
  const targetForm = page.getByRole("form", { name: "Set a KPI target" });
  await targetForm.getByRole("combobox", { name: "KPI", exact: true }).selectOption({ label: "Another KPI…" });
  await targetForm.getByLabel("KPI name").fill(metricName);
  await targetForm.getByLabel("Unit").fill("x");
  await targetForm.getByLabel("Target per period").fill("1.35");
  await targetForm.getByLabel("Tolerance (% of target)").fill("5");
  await targetForm.getByLabel("Good when").selectOption({ label: "At or above target" });
  await targetForm.getByLabel("Reported").selectOption({ label: "Quarterly" });
  await targetForm.getByRole("button", { name: "Set target" }).click();
  await expect(targetForm.getByText(`Target set for ${metricName}.`)).toBeVisible({ timeout: 30_000 });
  const targetRow = kpis.getByRole("row").filter({ hasText: label });
  // The table follows once the page has refreshed after the action.
  await expect(targetRow).toContainText("Quarterly · higher is better · ±5%", { timeout: 30_000 });
  await expect(targetRow).toContainText("1.35x");
  await expect(targetRow).toContainText("Not reported");

  // The form proposes the last quarter that has ended; the holding's one quarterly KPI is asked for.
  const askForm = page.getByRole("form", { name: "Ask for actuals" });
  const period = await askForm.getByLabel("Period").inputValue();
  expect(period).toMatch(/^\d{4}-Q[1-4]$/);
  const due = await askForm.getByLabel("Due").inputValue();
  await askForm.getByRole("button", { name: `Ask ${DEVELOPER}` }).click();
  await expect(askForm.getByText(`Asked ${DEVELOPER} for 1 KPI.`)).toBeVisible({ timeout: 30_000 });
  await expect(targetRow).toContainText(`${period}, due ${due}`);

  // Off by default: the developer learns who holds the project only when the investor says so.
  const share = kpis.getByRole("checkbox", { name: `Show ${DEVELOPER} that we hold this project` });
  await expect(share).not.toBeChecked();
  await share.click();
  await expect(share).toBeChecked({ timeout: 30_000 });

  // Helios sees the request with Northwind's target, and reports an actual 11.1% under it.
  const ally = await (await browser.newContext()).newPage();
  await signInAs(ally, DEMO.allyAdmin);
  await ally.goto("/kpi-requests");
  const waiting = ally.getByRole("region", { name: /^Waiting for you/ });
  const request = waiting.getByRole("row").filter({ hasText: label });
  await expect(request).toHaveCount(1);
  await expect(request).toContainText(PROJECT);
  await expect(request).toContainText(period);
  await expect(request).toContainText(INVESTOR_ORG);
  await expect(request).toContainText("1.35x");
  await expect(request).toContainText("at or above, ±5%");
  const report = request.getByRole("form", { name: `Report ${label} for ${period}` });
  await report.getByLabel(`${label} for ${period} (x)`).fill("1.20");
  await report.getByRole("button", { name: "Report" }).click();
  const reported = ally.getByRole("region", { name: "Reported" }).getByRole("row").filter({ hasText: label });
  await expect(reported).toContainText("1.2x", { timeout: 30_000 });
  await expect(reported).toContainText("Off target (-11.1%)");
  await expect(request).toHaveCount(0);

  // The project's page names the investors that chose to show their holding: this one among them.
  await reported.getByRole("link", { name: PROJECT }).click();
  await expect(ally.getByRole("heading", { level: 1 })).toContainText(PROJECT, { timeout: 30_000 });
  const holders = ally.locator("[data-slot=card]").filter({ has: ally.getByRole("heading", { name: "Investors holding this project" }) });
  await expect(
    holders
      .getByRole("listitem")
      .filter({ hasText: INVESTOR_ORG })
      .filter({ hasText: `since ${since}` })
      .first(),
  ).toBeVisible();
  await ally.context().close();

  // Back on the holding: the actual, its period and where it stands; nothing is awaited any more.
  await page.reload();
  await expect(targetRow).toContainText("1.2x");
  await expect(targetRow).toContainText(period);
  await expect(targetRow).toContainText("Off target (-11.1%)");
  await expect(targetRow).not.toContainText(`due ${due}`);
});
