import { expect, type Page, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

/** Records one flow on the open holding page and waits for it in the ledger. */
async function record(page: Page, kind: string, day: string, amount: string, currency: string) {
  const form = page.getByRole("form", { name: "Record a flow" });
  await form.getByLabel("Kind").selectOption({ label: kind });
  await form.getByLabel("Date").fill(day);
  await form.getByLabel(/^Amount/).fill(amount);
  await form.getByRole("button", { name: "Record flow" }).click();
  const dayText = new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const grouped = Number(amount).toLocaleString("en-US");
  await expect(form.getByText(`Recorded: ${kind.toLowerCase()} of ${currency} ${grouped} on ${dayText}.`)).toBeVisible({ timeout: 30_000 });
}

async function addHolding(page: Page, portfolioUrl: string, project: string, currency: string, commitment: string) {
  await page.goto(`${portfolioUrl}/holdings/new`);
  await page.getByLabel("Project").selectOption({ label: project });
  await page.getByLabel("Investment date").fill("2026-03-02");
  await page.getByLabel("Currency of the holding").selectOption(currency);
  await page.getByLabel("Commitment").fill(commitment);
  await page.getByRole("button", { name: "Add holding" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(project, { timeout: 30_000 });
}

test("an investor creates a USD portfolio, holds a USD and a EUR project, records their flows and reads NAV, IRR, MOIC and the charts", async ({ page }) => {
  test.setTimeout(240_000);
  const name = `E2E Fund ${Date.now().toString(36)}`;
  await signInAs(page, DEMO.investorAnalyst);
  await page.goto("/portfolios");
  await page.getByRole("link", { name: "Create a portfolio" }).click();

  // A negative target size is explained beside the field; nothing is created.
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Base currency").selectOption("USD");
  await page.getByLabel("Target size").fill("-5");
  await page.getByRole("button", { name: "Create portfolio" }).click();
  await expect(page.getByText("The target size cannot be negative.")).toBeVisible();
  await page.getByLabel("Target size").fill("50000000");
  await page.getByLabel("Vintage year").fill("2026");
  await page.getByRole("button", { name: "Create portfolio" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name, { timeout: 30_000 });
  await expect(page.getByText("No holdings yet")).toBeVisible();
  const portfolioUrl = new URL(page.url()).pathname;

  let CUR = "USD";
  await addHolding(page, portfolioUrl, "Turkana Solar Park", CUR, "2000000");
  await record(page, "Capital call", "2026-03-02", "1000000", CUR);
  await record(page, "Valuation (NAV mark)", "2026-04-10", "1100000", CUR);
  await expect(page.getByRole("row", { name: /Capital call/ })).toContainText("same currency");

  CUR = "EUR";
  await addHolding(page, portfolioUrl, "Thiès Solar + Storage", CUR, "800000");
  await record(page, "Capital call", "2026-03-03", "500000", CUR);
  await record(page, "Distribution (income)", "2026-04-01", "20000", CUR);
  await record(page, "Valuation (NAV mark)", "2026-04-13", "560000", CUR);
  // Each EUR row says which rate converted it to USD.
  await expect(page.getByRole("row", { name: /Capital call/ })).toContainText(/rate \d\.\d{4} EUR→USD, ECB 2026-03-03/);
  // No ECB rate after the shipped history: the missing rate is named and nothing is recorded.
  const form = page.getByRole("form", { name: "Record a flow" });
  await form.getByLabel("Kind").selectOption({ label: "Fee" });
  await form.getByLabel("Date").fill("2026-11-02");
  await form.getByLabel(/^Amount/).fill("1000");
  await form.getByRole("button", { name: "Record flow" }).click();
  await expect(form.getByRole("alert")).toContainText("No EUR→USD rate on 2026-11-02");
  await expect(page.getByRole("row", { name: /Fee/ })).toHaveCount(0);

  await page.goto(portfolioUrl);
  const kpi = (label: string) => page.locator("[data-slot=stat-card]").filter({ hasText: label });
  await expect(kpi("NAV")).toContainText(/\$1\.\d+M/);
  await expect(kpi("IRR (net)")).toContainText(/\d+\.\d%/);
  await expect(kpi("MOIC (gross)")).toContainText(/1\.\d\dx/);
  await expect(page.getByRole("img", { name: /NAV over time/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("img", { name: /Cumulative net cash flow/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Thiès Solar \+ Storage/ })).toBeVisible();

  // The holdings table sorts by a header's button.
  await page.getByRole("button", { name: "NAV (USD)" }).click();
  await expect(page.getByRole("columnheader", { name: "NAV (USD)" })).toHaveAttribute("aria-sort", "ascending");
  const first = page.getByRole("row").nth(1);
  await expect(first).toContainText("Thiès Solar + Storage");

  await page.goto("/portfolios");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("2");
});
