import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support";

/** Turkana's Signal Score page, found through the projects list as the signed-in user would. */
async function turkanaScorePath(page: Page, email: string = DEMO.allyManager): Promise<string> {
  await signInAs(page, email);
  await page.goto("/projects");
  const href = await page.getByRole("link", { name: "Turkana Solar Park" }).first().getAttribute("href");
  expect(href).toMatch(/^\/projects\/[0-9a-f-]{36}$/);
  return `${href}/signal-score`;
}

test.describe("Signal Score", () => {
  // One story on one project: the rating must not race the re-score that replaces the current version.
  test.describe.configure({ mode: "serial" });

  test("a manager re-scores Turkana, watches it complete offline, and opens a cited document page", async ({ page }) => {
    await page.goto(await turkanaScorePath(page));
    await expect(page.getByRole("heading", { name: "Signal Score" })).toBeVisible();

    await page.getByRole("button", { name: /Re-score|Run Signal Score/ }).click();
    const status = page.getByTestId("score-run-status");
    await expect(status).toBeVisible();
    const version = /Version (\d+)/.exec((await status.textContent()) ?? "")?.[1];
    expect(Number(version)).toBeGreaterThan(3);
    await expect(status).toBeHidden({ timeout: 30_000 });
    await expect(page.getByText(`Version ${version} ·`)).toBeVisible();

    await expect(page.getByText("Computed offline (offline-rules-v1)")).toBeVisible();
    await expect(page.getByTestId("signal-score-radar").locator("svg").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Evidence by dimension" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Financial planning" })).toBeVisible();
    await page.getByText(/^Show \d+ more sources$/).click();
    await expect(page.getByText("Minimum DSCR 1.32x", { exact: false }).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Improvement quests" })).toBeVisible();

    const citation = page.getByTestId("citation-link").first();
    const href = await citation.getAttribute("href");
    expect(href).toMatch(/^\/dataroom\/documents\/[0-9a-f-]{36}\?page=\d+$/);
    const [, documentId, citedPage] = /documents\/([0-9a-f-]{36})\?page=(\d+)/.exec(href!)!;
    await citation.click();
    // The link resolves the document in the tenant and opens its project's viewer at the cited page.
    await expect(page).toHaveURL(new RegExp(`/dataroom/[0-9a-f-]{36}/documents/${documentId}\\?page=${citedPage}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("a manager rates the score with a comment, and a quest", async ({ page }) => {
    await page.goto(await turkanaScorePath(page));
    const scoreFeedback = page.getByRole("form", { name: "Was this score useful?" });
    await scoreFeedback.getByRole("button", { name: /^Yes/ }).click();
    await scoreFeedback.getByLabel("Comment (optional)").fill("The curtailment evidence is spot on.");
    await scoreFeedback.getByRole("button", { name: "Send feedback" }).click();
    await expect(scoreFeedback.getByText("Thanks: feedback saved.")).toBeVisible();

    const questFeedback = page.getByRole("form", { name: "Useful quest?" }).first();
    await questFeedback.getByRole("button", { name: /^No/ }).click();
    await questFeedback.getByRole("button", { name: "Send feedback" }).click();
    await expect(questFeedback.getByText("Thanks: feedback saved.")).toBeVisible();
  });

  test("a viewer sees the score but no button to run it", async ({ page }) => {
    await page.goto(await turkanaScorePath(page, DEMO.allyViewer));
    await expect(page.getByRole("heading", { name: "Signal Score" })).toBeVisible();
    await expect(page.getByTestId("overall-score")).toBeVisible();
    await expect(page.getByRole("button", { name: /Re-score|Run Signal Score/ })).toHaveCount(0);
  });

  test("another organisation's project score is a 404", async ({ page }) => {
    const scorePath = await turkanaScorePath(page);
    await page.context().clearCookies();
    await signInAs(page, DEMO.otherAlly);
    const response = await page.goto(scorePath);
    expect(response?.status()).toBe(404);
  });
});
