import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

test("the platform admin saves a new signal_score prompt version, compares it and activates it", async ({ page }) => {
  await signInAs(page, DEMO.platformAdmin);
  await page.getByRole("navigation", { name: /main/i }).first().getByRole("link", { name: "Prompts" }).click();
  await page.getByRole("link", { name: "signal_score" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "signal_score" })).toBeVisible();

  await page.getByRole("link", { name: "New version" }).click();
  const prompt = page.getByRole("textbox", { name: "Prompt", exact: true });
  await prompt.fill(`${await prompt.inputValue()}\nWeigh grid curtailment evidence explicitly.`);
  await page.getByRole("button", { name: "Save as new version" }).click();
  await expect(page.getByText("Say what changed and why")).toBeVisible();
  await page.getByLabel("Notes").fill("Curtailment called out.");
  await page.getByRole("button", { name: "Save as new version" }).click();

  await expect(page).toHaveURL(/\/admin\/prompts\/signal_score$/);
  await expect(page.locator('tr[data-kind="added"]', { hasText: "Weigh grid curtailment evidence explicitly." })).toBeVisible();
  const newest = page.locator("section[aria-labelledby=versions-heading] > div").first();
  await expect(newest).toContainText("Curtailment called out.");
  await newest.getByRole("button", { name: "Activate" }).click();
  await page
    .getByRole("alertdialog")
    .getByRole("button", { name: /^Activate v\d+$/ })
    .click();
  await expect(newest.getByText("Active", { exact: true })).toBeVisible();
  await expect(page.getByText("Active", { exact: true })).toHaveCount(1);
});

test("an ally cannot open the prompt admin", async ({ page }) => {
  await signInAs(page, DEMO.allyAdmin);
  expect((await page.goto("/admin/prompts"))?.status()).toBe(404);
});

test("an org admin sees this month's AI spend against the budget", async ({ page }) => {
  await signInAs(page, DEMO.allyAdmin);
  await page.getByRole("link", { name: "AI usage" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "AI usage" })).toBeVisible();
  await expect(page.getByRole("meter", { name: "AI budget used" })).toBeVisible();
});
