import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

async function upload(page: Page, name: string, lines: string[]) {
  await page.getByLabel("CSV or XLSX file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(`${lines.join("\r\n")}\r\n`) });
}

test("an investor imports holdings and cash flows from CSV after a preview that refuses a bad row, then downloads the cash flows", async ({ page }) => {
  test.setTimeout(240_000);
  const name = `E2E Import ${Date.now().toString(36)}`;
  await signInAs(page, DEMO.investorAnalyst);
  await page.goto("/portfolios/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Base currency").selectOption("USD");
  await page.getByRole("button", { name: "Create portfolio" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name, { timeout: 30_000 });
  const portfolioUrl = new URL(page.url()).pathname;

  await page.getByRole("link", { name: "Import from a file" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import holdings or cash flows", { timeout: 30_000 });

  // One unknown currency: the row and its error are shown, and nothing can be imported.
  const holdings = ["Project,Investment date,Committed,Currency,Ownership %", 'Turkana Solar Park,2026-03-02,"2,000,000",USD,10'];
  await upload(page, "holdings.csv", [...holdings, "Thiès Solar + Storage,2026-03-03,800000,XYZ,"]);
  const errors = page.getByRole("region", { name: "Import errors" });
  await expect(errors.getByRole("row", { name: /^3 Currency/ })).toContainText("Choose a currency by its ISO code", { timeout: 30_000 });
  await expect(page.getByRole("button", { name: "Import 2 rows" })).toBeDisabled();
  await page.getByLabel("Only rows with errors").uncheck();
  await page.screenshot({ path: "/tmp/h1-import.png", fullPage: true });

  await upload(page, "holdings.csv", [...holdings, "Thiès Solar + Storage,2026-03-03,800000,EUR,"]);
  await expect(page.getByRole("region", { name: "Rows to import" }).getByRole("row", { name: /^3 Thiès Solar \+ Storage 2026-03-03 800000 EUR/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(errors).toHaveCount(0);
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page).toHaveURL(new RegExp(`${portfolioUrl}$`), { timeout: 30_000 });
  await expect(page.getByRole("row", { name: /Turkana Solar Park/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Thiès Solar \+ Storage/ })).toBeVisible();

  // Cash flows in the holdings' own currencies; the EUR call is converted at that day's ECB rate.
  await page.getByRole("link", { name: "Import from a file" }).click();
  await upload(page, "flows.csv", [
    "Project,Date,Kind,Amount,Note",
    "Turkana Solar Park,2026-03-02,Capital call,1000000,first call",
    "Thiès Solar + Storage,2026-03-03,capital_call,500000,",
    "Turkana Solar Park,2026-04-10,Valuation (NAV mark),1100000,",
  ]);
  const rows = page.getByRole("region", { name: "Rows to import" });
  await expect(rows.getByRole("row", { name: /^3 Thiès Solar \+ Storage/ })).toContainText(/\d\.\d+ \(ECB 2026-03-03\)/, { timeout: 30_000 });
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expect(page).toHaveURL(new RegExp(`${portfolioUrl}$`), { timeout: 30_000 });
  await expect(page.locator("[data-slot=stat-card]").filter({ hasText: "NAV" }).first()).toContainText(/\$1\.\d+M/);

  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Cash flows (CSV)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/-cash-flows-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path())!, "utf8");
  expect(text).toContain("Turkana Solar Park,2026-03-02,Capital call,1000000.0000,USD,1000000.0000,USD,1.0000000000,2026-03-02,identity,first call");
});
