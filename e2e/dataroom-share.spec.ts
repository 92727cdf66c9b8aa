import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { pdfText, pdfWith } from "./pdf-fixtures";
import { DEMO, signInAs } from "./support";

test("an analyst shares a watermarked PDF by link; a signed-out recipient downloads it; the manager sees it all in the access log", async ({
  page,
  browser,
  context,
}, testInfo) => {
  const stamp = Date.now();
  const fileName = `Offtake summary ${stamp}.pdf`;
  const recipient = `credit.${stamp}@lender.example`;

  await signInAs(page, DEMO.allyAnalyst);
  await page.goto("/dataroom");
  await page.getByRole("link", { name: /Rift Valley Wind Farm/ }).click();
  await page.waitForURL(/\/dataroom\/[0-9a-f-]{36}/);
  await page.getByLabel("Watermark PDF downloads").check();
  await page.locator('input[type="file"]').setInputFiles([{ name: fileName, mimeType: "application/pdf", buffer: await pdfWith([`Offtake summary ${stamp}`]) }]);
  const row = page.getByTestId("document-row").filter({ hasText: fileName });
  await expect(row.getByText("Ready")).toBeVisible({ timeout: 20_000 });
  await row.getByRole("link", { name: fileName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fileName);
  const [, , projectId, , documentId] = new URL(page.url()).pathname.split("/");

  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share by link" });
  await dialog.getByRole("button", { name: "Create link" }).click();
  await expect(dialog.getByText("Enter a valid email address, e.g. name@company.com.")).toBeVisible();
  await dialog.getByLabel("Recipient's email").fill(recipient);
  await dialog.getByLabel("Link works for").selectOption({ label: "3 days" });
  await dialog.getByLabel("Note").fill("For the lender's credit committee");
  await page.screenshot({ path: testInfo.outputPath("share-dialog.png") });
  await dialog.getByRole("button", { name: "Create link" }).click();

  const created = page.getByRole("dialog", { name: "Share link created" });
  const linkField = created.getByLabel("Share link");
  await expect(linkField).toHaveValue(/\/shared\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  const link = await linkField.inputValue();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await created.getByRole("button", { name: "Copy" }).click();
  await expect(created.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.screenshot({ path: testInfo.outputPath("share-link-created.png") });
  await created.getByRole("button", { name: "Done" }).click();
  await expect(created).toHaveCount(0);

  // The recipient: a browser with no session at all.
  const outside = await browser.newContext();
  const visitor = await outside.newPage();
  const landing = await visitor.goto(link);
  expect(landing?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(fileName);
  await expect(visitor.getByText("Helios Renewables")).toBeVisible();
  await expect(visitor.getByText(recipient)).toBeVisible();
  await visitor.screenshot({ path: testInfo.outputPath("shared-landing.png") });
  const downloading = visitor.waitForEvent("download");
  await visitor.getByRole("link", { name: "Download" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(fileName);
  const text = await pdfText(await readFile((await download.path())!));
  expect(text).toContain(`Offtake summary ${stamp}`);
  expect(text).toContain(recipient);
  expect(text).toContain("shared by Helios Renewables");

  const tampered = link.replace(/.(?=\.)/, (c) => (c === "A" ? "B" : "A"));
  const dead = await visitor.goto(tampered);
  expect(dead?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("This link has expired or is no longer valid.");
  await expect(visitor.getByText(fileName)).toHaveCount(0);
  await visitor.screenshot({ path: testInfo.outputPath("shared-dead.png") });
  expect((await visitor.request.get(`${new URL(tampered).pathname.replace("/shared/", "/api/dataroom/shared/")}/download`)).status()).toBe(404);
  await outside.close();

  // The access log is for managers: the analyst's share shows there with the recipient's visits.
  await signInAs(page, DEMO.allyManager);
  await page.goto(`/dataroom/${projectId}/access-log?documentId=${documentId}`);
  const rows = page.getByTestId("access-log-row");
  // The analyst's own views of the document are there too; the link's rows are these three.
  const shared = rows.filter({ has: page.getByText("Shared", { exact: true }) });
  await expect(shared).toHaveCount(1);
  await expect(shared).toContainText("David Mwangi");
  await expect(shared).toContainText(`with ${recipient}`);
  const visits = rows.filter({ hasText: "Share link recipient" });
  await expect(visits).toHaveCount(2);
  await expect(visits.nth(0)).toContainText("Downloaded");
  await expect(visits.nth(1)).toContainText("Viewed");
  for (const index of [0, 1]) await expect(visits.nth(index)).toContainText(recipient);
  await page.screenshot({ path: testInfo.outputPath("access-log.png"), fullPage: true });
});

test("a restricted document cannot be shared: the Share button is disabled and says why", async ({ page }) => {
  await signInAs(page, DEMO.allyManager);
  await page.goto("/dataroom");
  await page.getByRole("link", { name: /Rift Valley Wind Farm/ }).click();
  await page.waitForURL(/\/dataroom\/[0-9a-f-]{36}/);
  const projectId = new URL(page.url()).pathname.split("/")[2]!;
  const fileName = `Board minutes ${Date.now()}.pdf`;
  const uploaded = await page.request.put(`/api/dataroom/upload?fileName=${encodeURIComponent(fileName)}&projectId=${projectId}&classification=RESTRICTED`, {
    data: await pdfWith(["Board minutes"]),
    // page.request sends the session cookie but no Origin, which the upload route requires (as a browser sends it).
    headers: { "content-type": "application/pdf", origin: new URL(page.url()).origin },
  });
  expect(uploaded.status()).toBe(201);
  const { document } = (await uploaded.json()) as { document: { id: string } };
  await page.goto(`/dataroom/${projectId}/documents/${document.id}`);
  const share = page.getByRole("button", { name: "Share" });
  await expect(share).toBeDisabled();
  await share.locator("..").hover();
  await expect(page.getByRole("tooltip")).toHaveText("Restricted and top-secret documents cannot be shared by link.");
});
