import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { pdfText } from "./pdf-fixtures";
import { DEMO, signInAs } from "./support";

test("an investor re-screens a deal in diligence, generates its memo, sees an unsupported figure flagged, saves and exports a PDF with its citations", async ({
  page,
}) => {
  await signInAs(page, DEMO.investorAnalyst);
  await page.goto("/pipeline");
  await page.getByRole("region", { name: "Diligence" }).getByRole("link", { name: "Screen Turkana Solar Park" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Screening: Turkana Solar Park");

  // A fresh screen: the memo is written from the latest completed version.
  await page.getByTestId("screen-deal").click();
  await expect(page.getByTestId("screen-run-status")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("screen-run-status")).toHaveCount(0, { timeout: 90_000 });
  const version = (
    await page
      .getByRole("heading", { name: /^Version \d+/ })
      .first()
      .innerText()
  ).match(/Version (\d+)/)![1];

  await page.getByRole("link", { name: "Investment memos" }).click();
  await expect(page.getByText(`screen version ${version}`)).toBeVisible();
  await page.getByTestId("generate-memo").click();
  const editor = page.getByLabel("Memo (markdown)");
  await expect(editor).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Investment memo: Turkana Solar Park");

  const preview = page.getByTestId("memo-preview");
  for (const heading of ["Executive summary", "Market", "Risks and mitigants", "Recommendation"]) {
    await expect(preview.getByRole("heading", { name: heading })).toBeVisible();
  }
  const unsupported = page.getByTestId("unsupported-numbers");
  await expect(unsupported).toContainText("Every figure is in a page its sentence cites.");

  // A figure no page supports is flagged as it is typed; a <script> is only text in the preview.
  const written = await editor.inputValue();
  await editor.fill(`${written}\n\nThe equity IRR is 17.3% on the base case. <script>window.memoHacked = true</script>`);
  await expect(unsupported).toContainText("17.3% cites no source");
  await expect(unsupported).toContainText("The equity IRR is 17.3% on the base case.");
  await expect(preview).toContainText("The equity IRR is 17.3% on the base case.");
  expect(await page.evaluate(() => (window as unknown as { memoHacked?: boolean }).memoHacked)).toBeUndefined();

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("memo-save-state")).toHaveText("Saved", { timeout: 30_000 });
  await page.reload();
  await expect(page.getByLabel("Memo (markdown)")).toHaveValue(/The equity IRR is 17\.3% on the base case\. <script>window\.memoHacked = true<\/script>/);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Investment-memo-Turkana-Solar-Park\.pdf$/);
  const text = await pdfText(await readFile((await download.path())!));
  expect(text).toContain("[1]");
  expect(text).toContain("Sources");
  expect(text).toContain("17.3%");
});
