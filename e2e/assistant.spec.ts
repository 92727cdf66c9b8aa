import { expect, type Page, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

/**
 * Ralph, the assistant, as people use it. The e2e server has no ANTHROPIC_API_KEY, so the offline
 * assistant answers: from the same tools, as the signed-in user, with citations.
 */

async function openRalph(page: Page) {
  await page.getByRole("button", { name: /Ask Ralph/ }).click();
  const panel = page.getByTestId("assistant-panel");
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("dialog", { name: "Ralph" })).toBeVisible();
  return panel;
}

async function ask(page: Page, question: string) {
  const panel = page.getByTestId("assistant-panel");
  const input = panel.getByRole("textbox", { name: "Ask Ralph" });
  const answers = panel.getByTestId("assistant-answer");
  const before = await answers.count();
  await input.fill(question);
  await input.press("Enter");
  await expect(answers).toHaveCount(before + 1, { timeout: 60_000 });
  // Done when the stop button has gone back to Send.
  await expect(panel.getByRole("button", { name: "Send" })).toBeVisible({ timeout: 60_000 });
  return answers.last();
}

test.describe("Ralph, the assistant", () => {
  test("an ally asks about a project's documents; a citation opens the document at the cited page", async ({ page }) => {
    await signInAs(page, DEMO.allyAdmin);
    await page.goto("/projects");
    await page.getByRole("link", { name: "Turkana Solar Park" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Turkana Solar Park");
    const panel = await openRalph(page);
    await expect(panel.getByTestId("assistant-context")).toContainText("Turkana Solar Park");
    const answer = await ask(page, "What do the Turkana Solar Park documents say about the grid connection?");
    await expect(answer.getByTestId("assistant-tool-step").first()).toContainText("Searching the data room");
    const source = answer.locator('[data-testid="assistant-source-link"][href^="/dataroom/documents/"]').first();
    await expect(source).toBeVisible();
    const href = (await source.getAttribute("href"))!;
    const title = await source.innerText();
    const cited = /^(.*), page (\d+)$/.exec(title.trim());
    expect(cited, title).not.toBeNull();
    const [, documentName, pageNumber] = cited!;
    expect(href).toContain(`page=${pageNumber}`);
    // The [n] in the text leads to the same source as the list.
    await expect(answer.locator(`[data-testid="assistant-citation"][href="${href}"]`).first()).toBeVisible();

    await answer.locator(`[data-testid="assistant-citation"][href="${href}"]`).first().click();
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/dataroom/[^/]+/documents/[^/?]+\\?page=${pageNumber}$`), { timeout: 90_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(documentName!);
    await expect(page.getByLabel(new RegExp(`^Document page ${pageNumber} of \\d+$`))).toBeVisible({ timeout: 30_000 });
    await expect(page.locator(`[data-testid="pdf-text-layer"][data-page="${pageNumber}"] span`).first()).toBeAttached({ timeout: 30_000 });
  });

  test("a viewer asks about a RESTRICTED document and is told it is not available", async ({ page }) => {
    await signInAs(page, DEMO.allyViewer);
    await openRalph(page);
    const answer = await ask(page, "What does the Land Lease Agreement say about the annual rent?");
    await expect(answer).toContainText(/not available/i);
    // Nothing of the lease reaches the viewer: no source names it.
    await expect(answer.getByTestId("assistant-source-link").filter({ hasText: /Land Lease/i })).toHaveCount(0);
  });

  test("an investor asks the offline assistant for Fund I's IRR: answered from the portfolio tool, with a citation", async ({ page }) => {
    await signInAs(page, DEMO.investorAnalyst);
    const panel = await openRalph(page);
    const answer = await ask(page, "what is the IRR of Fund I?");
    await expect(answer.getByTestId("assistant-notice").filter({ hasText: /offline/i })).toBeVisible();
    await expect(answer.getByTestId("assistant-tool-step").filter({ hasText: "Reading portfolio metrics" })).toHaveAttribute("data-state", "output-available");
    await expect(answer).toContainText(/IRR/);
    const source = answer.locator('[data-testid="assistant-source-link"][href^="/portfolios/"]').first();
    await expect(source).toContainText("Fund I");
    await expect(answer.locator("[data-testid=assistant-citation]").first()).toBeVisible();
    const href = (await source.getAttribute("href"))!;
    await source.click();
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${href}$`), { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Fund I");
  });

  test("history: a conversation is listed, renamed inline and deleted after confirming", async ({ page }) => {
    await signInAs(page, DEMO.investorAnalyst);
    const panel = await openRalph(page);
    await ask(page, "Show my latest matches");
    await panel.getByRole("button", { name: "Conversation history" }).click();
    const rows = panel.getByTestId("assistant-history-row");
    await expect(rows.first()).toBeVisible({ timeout: 30_000 });
    const title = (await rows.first().getByRole("button").first().locator("span").first().innerText()).trim();

    await rows
      .first()
      .getByRole("button", { name: `Rename “${title}”` })
      .click();
    const name = `Matches check ${Date.now()}`;
    await panel.getByRole("textbox", { name: "Conversation title" }).fill(name);
    await panel.getByRole("textbox", { name: "Conversation title" }).press("Enter");
    await expect(rows.filter({ hasText: name })).toHaveCount(1);
    // Esc inside the rename field cancels the rename and keeps the sheet open.
    await rows
      .filter({ hasText: name })
      .getByRole("button", { name: `Rename “${name}”` })
      .click();
    await panel.getByRole("textbox", { name: "Conversation title" }).press("Escape");
    await expect(panel).toBeVisible();

    await panel.getByRole("searchbox", { name: "Search conversations" }).fill(name);
    await expect(rows).toHaveCount(1);
    await rows
      .first()
      .getByRole("button", { name: `Delete “${name}”` })
      .click();
    const confirm = page.getByRole("alertdialog", { name: "Delete this conversation?" });
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect(confirm).toBeHidden();
    await expect(panel.getByText("No conversation matches")).toBeVisible();

    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(page.getByRole("button", { name: /Ask Ralph/ })).toBeFocused();
  });

  test("the input refuses an empty and an over-long question with a message", async ({ page }) => {
    await signInAs(page, DEMO.allyViewer);
    const panel = await openRalph(page);
    const input = panel.getByRole("textbox", { name: "Ask Ralph" });
    await input.press("Enter");
    await expect(panel.getByRole("alert")).toHaveText("Type a question first.");
    await input.fill("x".repeat(8_001));
    await panel.getByRole("button", { name: "Send" }).click();
    await expect(panel.getByRole("alert")).toContainText("up to 8,000 characters");
    await expect(panel.getByTestId("assistant-user-message")).toHaveCount(0);
  });
});
