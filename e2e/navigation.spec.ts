import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

test("signed-out visitors are sent to sign-in and come back after", async ({ page }) => {
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprojects/);
  await page.getByRole("button", { name: /sarah@helios-renewables\.example/ }).click();
  await expect(page).toHaveURL(/\/projects$/, { timeout: 30_000 });
});

const cases = [
  { email: DEMO.allyManager, sees: ["Dashboard", "Projects", "Data room", "Matches", "Q&A"], not: ["Marketplace", "Portfolios", "Prompts"] },
  {
    email: DEMO.investorAnalyst,
    sees: ["Dashboard", "Marketplace", "Mandates", "Matches", "Pipeline", "Deal rooms", "Portfolios", "Data room", "Q&A"],
    not: ["Projects", "Prompts"],
  },
  { email: DEMO.platformAdmin, sees: ["Console", "Organisations", "Platform audit", "Prompts", "AI usage"], not: ["Projects", "Marketplace"] },
];

for (const { email, sees, not } of cases) {
  test(`${email} sees the navigation of their kind of organisation`, async ({ page }) => {
    await signInAs(page, email);
    const nav = page.getByRole("navigation", { name: /main/i }).first();
    for (const item of sees) await expect(nav.getByText(item, { exact: true })).toBeVisible();
    for (const item of not) await expect(nav.getByText(item, { exact: true })).toHaveCount(0);
  });
}
