import { expect, test } from "@playwright/test";
import { DEMO, heliosProjectUrl, signInAs } from "./support";

test("a viewer can read projects but cannot reach the write action", async ({ page }) => {
  await signInAs(page, DEMO.allyViewer);
  await page.goto("/projects");
  await expect(page.getByRole("link", { name: "Turkana Solar Park" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New project" })).toHaveCount(0);
  await page.goto("/projects/new");
  await expect(page.getByText("You can't create projects")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create project" })).toHaveCount(0);
});

test("users of other organisations get 404 on a Helios project URL", async ({ browser }) => {
  const owner = await browser.newPage();
  const url = await heliosProjectUrl(owner);
  await owner.close();

  for (const email of [DEMO.otherAlly, DEMO.investorAnalyst]) {
    const page = await browser.newPage();
    await signInAs(page, email);
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Turkana Solar Park")).toHaveCount(0);
    await page.close();
  }
});
