import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { pdfText, pdfWith } from "./pdf-fixtures";
import { DEMO, signInAs } from "./support";

async function xlsxWith(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Capex");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("a manager uploads a PDF and a spreadsheet into a folder, finds a phrase inside the PDF, downloads it watermarked and annotates it", async ({ page }) => {
  const stamp = Date.now();
  const folder = `Due diligence ${stamp}`;
  const phrase = `curtailment compensation ${stamp}`;

  await signInAs(page, DEMO.allyManager);
  await page.getByRole("link", { name: "Data room" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Data room" })).toBeVisible();
  await page.getByRole("link", { name: /Rift Valley Wind Farm/ }).click();

  await page.getByRole("navigation", { name: "Folders" }).getByRole("button", { name: "New" }).click();
  await page.getByLabel("Folder name").fill(folder);
  await page.getByRole("button", { name: "Create folder" }).click();
  await page.getByRole("navigation", { name: "Folders" }).getByRole("link", { name: folder }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(folder);

  await page.getByLabel("Watermark PDF downloads").check();
  await page.locator('input[type="file"]').setInputFiles([
    { name: "Grid study.pdf", mimeType: "application/pdf", buffer: await pdfWith(["Grid study summary", `The PPA sets ${phrase} at the tariff.`]) },
    {
      name: "Capex.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await xlsxWith([
        ["Item", "USD"],
        ["Turbines", 41000000],
      ]),
    },
  ]);
  await expect(page.getByRole("list", { name: "Uploads" }).getByText("Uploaded · processing")).toHaveCount(2);

  const rows = page.getByTestId("document-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Grid study.pdf" }).getByText("Ready")).toBeVisible({ timeout: 20_000 });
  await expect(rows.filter({ hasText: "Capex.xlsx" }).getByText("Ready")).toBeVisible({ timeout: 20_000 });

  await page.getByRole("searchbox", { name: "Search inside documents" }).fill(`"${phrase}"`);
  await page.keyboard.press("Enter");
  const hit = page.getByTestId("search-hit");
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText("Grid study.pdf");
  await expect(hit.locator("mark").first()).toHaveText(/curtailment/i);

  await page.getByRole("link", { name: "Clear search" }).click();
  await rows.filter({ hasText: "Grid study.pdf" }).getByRole("button", { name: "Actions for Grid study.pdf" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("Grid study.pdf");
  const text = await pdfText(await readFile((await download.path())!));
  expect(text).toContain(DEMO.allyManager);
  expect(text).toContain(phrase);

  await page.getByRole("link", { name: "Grid study.pdf" }).click();
  // pdfjs loads its worker and parses in the browser: slower than a page when the machine is busy.
  await expect(page.getByRole("img", { name: "Page 1" })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page.getByLabel("Page number")).toHaveValue("2");
  await page.getByRole("button", { name: "Highlight" }).click();
  const layer = page.getByTestId("annotation-layer");
  const box = (await layer.boundingBox())!;
  await page.mouse.move(box.x + 60, box.y + 50);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 80, { steps: 5 });
  await page.mouse.up();
  const panel = page.getByRole("list", { name: "Annotations" });
  await expect(panel).toContainText("Highlight · page 2");
  await page.getByRole("searchbox", { name: "Find in document" }).fill("curtailment");
  await expect(page.getByRole("status").filter({ hasText: "Found on page" })).toContainText("2");

  // The print dialog itself is the browser's: stubbed here, the log row is what is checked.
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole("button", { name: "Print" }).click();
  await expect(page.getByRole("button", { name: "Print" })).toBeEnabled();
  const projectId = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/dataroom/${projectId}/access-log`);
  await expect(page.getByRole("table").getByText("Printed", { exact: true })).toHaveCount(1);
});

test("a viewer sees the data room without upload controls; another org's document is a 404", async ({ page }) => {
  await signInAs(page, DEMO.allyManager);
  await page.goto("/dataroom");
  await page.getByRole("link", { name: /Turkana Solar Park/ }).click();
  await page.getByRole("tree", { name: "Folder tree" }).getByRole("link").first().click();
  const viewerHref = await page.getByTestId("document-row").first().locator('a[href*="/documents/"]').first().getAttribute("href");
  const documentUrl = `/api/dataroom/documents/${viewerHref!.split("/documents/")[1]}/download`;

  await signInAs(page, DEMO.allyViewer);
  await page.goto("/dataroom");
  await page.getByRole("link", { name: /Turkana Solar Park/ }).click();
  await expect(page.getByRole("navigation", { name: "Folders" })).toBeVisible();
  await expect(page.locator('input[type="file"]')).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Access log" })).toHaveCount(0);

  await signInAs(page, DEMO.otherAlly);
  expect((await page.request.get(documentUrl)).status()).toBe(404);
  expect((await page.request.get(documentUrl.replace("/download", "/versions"))).status()).toBe(404);
  await page.goto(page.url().replace(/\/dashboard.*$/, "/dataroom"));
  await expect(page.getByRole("link", { name: /Turkana Solar Park/ })).toHaveCount(0);
});

test("a manager redacts an email address and an IBAN from a PDF; the redacted copy's text no longer holds them", async ({ page }) => {
  const email = `treasury.${Date.now()}@helios-renewables.example`;
  const iban = "GB82 WEST 1234 5698 7654 32";
  await signInAs(page, DEMO.allyManager);
  await page.goto("/dataroom");
  await page.getByRole("link", { name: /Rift Valley Wind Farm/ }).click();
  await page.waitForURL(/\/dataroom\/[0-9a-f-]{36}/);
  const projectId = new URL(page.url()).pathname.split("/")[2]!;
  // One short line per page: pdfjs leaves out text drawn beyond the page edge.
  const bytes = await pdfWith([`Escrow instructions: pay ${iban}`, `Confirm payment to ${email}.`]);
  const uploaded = await page.request.put(`/api/dataroom/upload?fileName=Escrow.pdf&projectId=${projectId}`, {
    data: bytes,
    // page.request sends the session cookie but no Origin, which the upload route requires (as a browser sends it).
    headers: { "content-type": "application/pdf", origin: new URL(page.url()).origin },
  });
  expect(uploaded.status()).toBe(201);
  const { document } = (await uploaded.json()) as { document: { id: string } };

  await page.goto(`/dataroom/${projectId}/documents/${document.id}`);
  await expect(page.getByText("Ready", { exact: true })).toBeVisible({ timeout: 20_000 });
  await page.getByRole("link", { name: "Redact personal data" }).click();
  await page.getByRole("button", { name: "Scan for personal data" }).click();
  const detections = page.getByTestId("detection-row");
  await expect(detections).toHaveCount(2, { timeout: 20_000 });
  await expect(detections.filter({ hasText: "IBAN" })).toContainText(iban);
  await expect(detections.filter({ hasText: "Email" })).toContainText(email);
  await page.getByRole("button", { name: "Redact 2 item(s)" }).click();
  await page.getByRole("link", { name: "Open the redacted copy" }).click({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Escrow (redacted).pdf");

  const redactedId = new URL(page.url()).pathname.split("/").at(-1)!;
  const response = await page.request.get(`/api/dataroom/documents/${redactedId}/download`);
  const text = await pdfText(Buffer.from(await response.body()));
  expect(text).toContain("Escrow instructions");
  expect(text).not.toContain(email);
  expect(text).not.toContain("GB82");
});
