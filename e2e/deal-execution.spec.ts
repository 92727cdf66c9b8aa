import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

const PROJECT = "Turkana Solar Park";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  return page;
}

/** Fills the open ask dialog and sends; returns the new question's page. */
async function send(investor: Page, question: string, category: string): Promise<string> {
  const dialog = investor.getByRole("dialog");
  await dialog.getByLabel("Question").fill(question);
  await dialog.getByLabel("Category").selectOption({ label: category });
  await dialog.getByRole("button", { name: "Send question" }).click();
  await expect(dialog.getByText(/Question #\d+ sent/)).toBeVisible({ timeout: 30_000 });
  return (await dialog.getByRole("link", { name: /^Open question #\d+$/ }).getAttribute("href"))!;
}

test("an investor asks two questions, the ally answers one with a cited AI draft, and the investor moves a deal on the pipeline", async ({ browser }) => {
  test.setTimeout(240_000);
  const investor = await signedIn(browser, DEMO.investorAnalyst);
  await investor.goto("/marketplace");
  await investor.getByRole("link", { name: PROJECT }).first().click();
  await expect(investor.getByRole("heading", { level: 1 })).toHaveText(PROJECT);

  await investor.getByRole("button", { name: "Ask a question" }).click();
  const yieldQuestion = await send(investor, "What P50 and P90 energy yield does the yield study give, and on which irradiance data is it based?", "Technical");
  await investor.getByRole("dialog").getByRole("button", { name: "Ask another" }).click();
  const otherQuestion = await send(investor, "Which insurance policies cover the construction period?", "Legal");
  await investor.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  expect(yieldQuestion).not.toEqual(otherQuestion);

  // The ally sees both in its Q&A table, drafts one answer with the AI and sends it.
  const ally = await signedIn(browser, DEMO.allyAdmin);
  await ally.goto("/qa?status=open");
  for (const href of [yieldQuestion, otherQuestion]) await expect(ally.locator(`a[href="${href}"]`).first()).toBeVisible();
  await ally.goto(yieldQuestion);
  await ally.getByRole("button", { name: "Draft with AI" }).click();
  await expect(ally.getByText("AI draft added below.")).toBeVisible({ timeout: 60_000 });
  const drafts = ally.getByRole("region", { name: "Drafts" });
  const citation = drafts.getByRole("link", { name: "[1]" }).first();
  await expect(citation).toBeVisible();
  const cited = await citation.getAttribute("href");
  expect(cited).toMatch(/^\/dataroom\/documents\/[0-9a-f-]+\?page=\d+$/);
  await drafts.getByRole("button", { name: "Continue this draft" }).first().click();
  await ally.getByRole("button", { name: "Submit final answer" }).click();
  await ally.getByRole("alertdialog").getByRole("button", { name: "Submit final answer" }).click();
  await expect(ally.getByText("Answered", { exact: true }).first()).toBeVisible({ timeout: 30_000 });

  // The citation opens the cited page of the document.
  await ally.goto(cited!);
  await expect(ally).toHaveURL(/page=\d+/);
  await expect(ally.getByRole("heading", { level: 1 })).toBeVisible();

  // The investor reads the answer (no drafts, no sources) and closes the question.
  await investor.goto(yieldQuestion);
  await expect(investor.getByRole("region", { name: "Drafts" })).toHaveCount(0);
  await expect(investor.getByText(/^By .+ \(Helios Renewables\) on /)).toBeVisible();
  await investor.getByRole("button", { name: "Close question" }).click();
  await investor.getByRole("alertdialog").getByRole("button", { name: "Close question" }).click();
  await expect(investor.getByText("Closed", { exact: true }).first()).toBeVisible({ timeout: 30_000 });

  // The pipeline: Río Blanco moves from screening to diligence, and its history says why.
  await investor.goto("/pipeline");
  const screening = investor.getByRole("region", { name: "Screening" });
  const card = screening.getByRole("listitem").filter({ hasText: "Río Blanco" });
  await card.getByRole("button", { name: "Move" }).click();
  const move = investor.getByRole("dialog");
  await move.getByLabel("To stage").selectOption("diligence");
  await move.getByLabel("Why").fill("Screening memo approved; opening due diligence.");
  await move.getByRole("button", { name: "Move to Diligence" }).click();
  await expect(investor.getByRole("region", { name: "Diligence" }).getByText("Río Blanco")).toBeVisible({ timeout: 30_000 });
  await investor.getByRole("region", { name: "Diligence" }).getByRole("listitem").filter({ hasText: "Río Blanco" }).getByRole("button", { name: "History" }).click();
  await expect(investor.getByRole("dialog").getByText("Screening memo approved; opening due diligence.")).toBeVisible();
});
