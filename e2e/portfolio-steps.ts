import { expect, type Page } from "@playwright/test";

/** Steps an investor takes on the portfolio pages, shared by the journeys that need a fresh portfolio of their own. */

/** A name no other run has used, usable in a KPI name too (lower case letters and digits). */
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** Creates a portfolio and returns its path. */
export async function createPortfolio(page: Page, name: string, currency = "USD"): Promise<string> {
  await page.goto("/portfolios");
  await page.getByRole("link", { name: "Create a portfolio" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New portfolio");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Base currency").selectOption(currency);
  await page.getByLabel("Vintage year").fill("2026");
  await page.getByRole("button", { name: "Create portfolio" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name, { timeout: 30_000 });
  return new URL(page.url()).pathname;
}

/** Adds a holding of a project to the portfolio and returns the holding's path. */
export async function addHolding(page: Page, portfolioUrl: string, project: string, currency: string, commitment: string, day = "2026-03-02"): Promise<string> {
  await page.goto(`${portfolioUrl}/holdings/new`);
  await page.getByLabel("Project").selectOption({ label: project });
  await page.getByLabel("Investment date").fill(day);
  await page.getByLabel("Currency of the holding").selectOption(currency);
  await page.getByLabel("Commitment").fill(commitment);
  await page.getByRole("button", { name: "Add holding" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(project, { timeout: 30_000 });
  return new URL(page.url()).pathname;
}

/** Records one flow on the open holding page and waits for it in the ledger. */
export async function recordFlow(page: Page, kind: string, day: string, amount: string, currency: string) {
  const form = page.getByRole("form", { name: "Record a flow" });
  await form.getByLabel("Kind").selectOption({ label: kind });
  await form.getByLabel("Date").fill(day);
  await form.getByLabel(/^Amount/).fill(amount);
  await form.getByRole("button", { name: "Record flow" }).click();
  const dayText = new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const grouped = Number(amount).toLocaleString("en-US");
  await expect(form.getByText(`Recorded: ${kind.toLowerCase()} of ${currency} ${grouped} on ${dayText}.`)).toBeVisible({ timeout: 30_000 });
}
