import { expect, test } from "@playwright/test";
import { addHolding, createPortfolio, recordFlow, uniqueSuffix } from "./portfolio-steps";
import { DEMO, signInAs } from "./support";

/** Northwind's admin: covenants.waive is a manager's, and Priya is an analyst. */
const NORTHWIND_ADMIN = "james@northwind-capital.example";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("an investor sets a covenant the ledger breaches, sees it on the board and in the notifications, and a manager waives it with a reason", async ({
  page,
  browser,
}) => {
  test.setTimeout(360_000);
  const suffix = uniqueSuffix();
  const fund = `E2E Covenant Fund ${suffix}`;
  const covenant = `MOIC floor ${suffix}`;
  const project = "Turkana Solar Park";

  // A fresh portfolio holding a USD and a EUR project, each with its flows: the covenant reads this ledger only.
  await signInAs(page, DEMO.investorAnalyst);
  const portfolioUrl = await createPortfolio(page, fund, "USD");
  const holdingUrl = await addHolding(page, portfolioUrl, project, "USD", "2000000");
  await recordFlow(page, "Capital call", "2026-03-02", "1000000", "USD");
  await recordFlow(page, "Valuation (NAV mark)", "2026-04-10", "1100000", "USD");
  await addHolding(page, portfolioUrl, "Thiès Solar + Storage", "EUR", "800000");
  await recordFlow(page, "Capital call", "2026-03-03", "500000", "EUR");
  await recordFlow(page, "Valuation (NAV mark)", "2026-04-13", "560000", "EUR");

  await page.goto(portfolioUrl);
  const kpi = (label: string) => page.locator("[data-slot=stat-card]").filter({ hasText: label });
  await expect(kpi("NAV")).toContainText(/\$1\.\d+M/);
  await expect(kpi("IRR (net)")).toContainText(/\d+\.\d%/);
  await expect(kpi("MOIC (gross)")).toContainText(/1\.\d\dx/);
  await expect(page.getByRole("img", { name: /NAV over time/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("img", { name: /Cumulative net cash flow/ })).toBeVisible();

  // Turkana's MOIC is 1.1x (1.0M called, marked at 1.1M): a 5x floor is breached at the first check.
  await page.goto(`${holdingUrl}#covenants`);
  const covenants = page.locator("#covenants");
  await expect(covenants.getByText("No covenants yet")).toBeVisible();
  const form = page.getByRole("form", { name: "Set a covenant" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill(covenant);
  await form.getByRole("combobox", { name: "Metric" }).selectOption({ label: "MOIC (net)" });
  await form.getByLabel("Must stay").selectOption(">=");
  await form.getByLabel("Breach level").fill("5");
  await form.getByLabel("Notes").fill("Set by the end-to-end covenant journey.");
  await form.getByRole("button", { name: "Set covenant" }).click();
  await expect(form.getByText(`Covenant "${covenant}" set. First check: breach.`)).toBeVisible({ timeout: 30_000 });

  const item = covenants.getByRole("listitem").filter({ hasText: covenant });
  await expect(item).toContainText("Breach");
  await expect(item).toContainText("MOIC (net)");
  await expect(item).toContainText("1.1");

  // Checking again finds the same breach: only this holding's one covenant is checked.
  await covenants.getByRole("button", { name: "Check now" }).click();
  await expect(covenants.getByRole("status").filter({ hasText: /^Checked/ })).toHaveText("Checked 1 covenant: 1 in breach, 0 warning, 0 OK.", { timeout: 30_000 });
  await expect(item).toContainText("Breach");

  // The board, filtered to breaches, lists it with its holding and portfolio.
  await page.goto("/portfolios/covenants");
  await page
    .getByRole("navigation", { name: "Filter by status" })
    .getByRole("link", { name: /^Breach/ })
    .click();
  await expect(page).toHaveURL(/\/portfolios\/covenants\?status=BREACH$/);
  const row = page.getByRole("row").filter({ hasText: covenant });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").first()).toHaveText("Breach");
  await expect(row).toContainText(fund);
  await expect(row.getByRole("link", { name: project })).toHaveAttribute("href", `${holdingUrl}#covenants`);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/h3-board.png", fullPage: true });

  // The holding's team heard of it: Priya recorded its flows.
  await page.goto("/notifications");
  const notification = page
    .getByRole("list", { name: "Notifications" })
    .getByRole("button", { name: new RegExp(`${escapeRegExp(covenant)} on ${project} is in breach`) });
  await expect(notification).toContainText("The latest check read 1.1 (breach level >= 5).");

  // An analyst may not waive; a manager (here the admin) does, with a reason kept in the covenant's history.
  await page.goto(`${holdingUrl}#covenants`);
  await expect(item.getByRole("button", { name: "Waive" })).toHaveCount(0);
  const manager = await (await browser.newContext()).newPage();
  await signInAs(manager, NORTHWIND_ADMIN);
  await manager.goto(`${holdingUrl}#covenants`);
  const managed = manager.locator("#covenants").getByRole("listitem").filter({ hasText: covenant });
  await managed.getByRole("button", { name: "Waive" }).click();
  const dialog = manager.getByRole("alertdialog", { name: `Waive ${covenant}?` });
  const reason = `Waived by the investment committee while the ${suffix} refinancing closes.`;
  await dialog.getByLabel("Reason").fill(reason);
  await dialog.getByRole("button", { name: "Waive covenant" }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(managed).toContainText("Waived");
  await expect(managed.getByRole("button", { name: "Reinstate" })).toBeVisible();
  await managed.getByText(/^History/).click();
  await expect(managed.getByRole("listitem").filter({ hasText: "Waived" })).toContainText(reason);
  await manager.context().close();

  // The analyst sees the waiver too, and the board no longer lists it among the breaches.
  await page.reload();
  await expect(item).toContainText("Waived");
  await page.goto("/portfolios/covenants?status=WAIVED");
  await expect(page.getByRole("row").filter({ hasText: covenant }).getByRole("cell").first()).toHaveText("Waived");
  await page.goto("/portfolios/covenants?status=BREACH");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Covenant board");
  await expect(page.getByRole("row").filter({ hasText: covenant })).toHaveCount(0);
});
