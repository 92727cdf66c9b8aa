import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

const FUND = "Northwind Africa Energy Transition Fund I";

test("an investor analyst keeps a portfolio data room and moves files and folders by drag and drop", async ({ page }) => {
  const stamp = Date.now();
  const folders = page.getByRole("navigation", { name: "Folders" });
  await signInAs(page, DEMO.investorAnalyst);
  await page.getByRole("link", { name: "Data room" }).first().click();
  // The dashboard links to projects too: wait for the room index before picking a room on it.
  await expect(page.getByRole("heading", { level: 1, name: "Data room" })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(FUND) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FUND);

  await folders.getByRole("link", { name: "Quarterly reports" }).click();
  await expect(page.getByTestId("document-row").filter({ hasText: "Q3 2026 Quarterly Investor Report.pdf" })).toBeVisible();

  await folders.getByRole("link", { name: "All top-level files" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FUND);
  await page
    .locator('input[type="file"]')
    .setInputFiles([{ name: `Capital call ${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Capital call notice ${stamp}: 12% of commitments due.`) }]);
  const row = page.getByTestId("document-row").filter({ hasText: `Capital call ${stamp}.txt` });
  // Processing runs in the worker beside two browsers and the server on a two-core machine.
  await expect(row.getByText("Ready")).toBeVisible({ timeout: 45_000 });

  // Drag the file onto a folder in the tree: it leaves the top level and shows up there.
  await row.dragTo(folders.getByTestId("folder-node").filter({ hasText: "Fund documents" }));
  await expect(row).toHaveCount(0);
  await folders.getByRole("link", { name: "Fund documents" }).click();
  await expect(page.getByTestId("document-row").filter({ hasText: `Capital call ${stamp}.txt` })).toBeVisible();

  // A folder dragged onto another becomes its subfolder.
  await folders
    .getByTestId("folder-node")
    .filter({ hasText: "ESG monitoring" })
    .dragTo(folders.getByTestId("folder-node").filter({ hasText: "Fund documents" }));
  await expect(folders.getByRole("button", { name: "Expand Fund documents" }).or(folders.getByRole("button", { name: "Collapse Fund documents" }))).toBeVisible();
  await folders.getByRole("link", { name: "Fund documents" }).click();
  const expand = folders.getByRole("button", { name: "Expand Fund documents" });
  if (await expand.isVisible()) await expand.click();
  await folders.getByRole("link", { name: "ESG monitoring" }).click();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Fund documents" })).toBeVisible();

  // Moving it back with the keyboard dialog.
  await folders.getByRole("button", { name: "Actions for ESG monitoring" }).click();
  await page.getByRole("menuitem", { name: "Move to…" }).click();
  await page.getByLabel("Move into").selectOption({ label: "Top level of the data room" });
  await page.getByRole("button", { name: "Move", exact: true }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Fund documents" })).toHaveCount(0);
});

test("an ally moves a document to another folder from its menu, with every version", async ({ page }) => {
  const stamp = Date.now();
  await signInAs(page, DEMO.allyManager);
  await page.goto("/dataroom");
  await page.getByRole("link", { name: /Rift Valley Wind Farm/ }).click();
  const folders = page.getByRole("navigation", { name: "Folders" });
  await folders.getByRole("button", { name: "New" }).click();
  await page.getByLabel("Folder name").fill(`Offtake ${stamp}`);
  await page.getByRole("button", { name: "Create folder" }).click();
  await expect(folders.getByRole("link", { name: `Offtake ${stamp}` })).toBeVisible();

  await page
    .locator('input[type="file"]')
    .setInputFiles([{ name: `Heads of terms ${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Heads of terms ${stamp}`) }]);
  const row = page.getByTestId("document-row").filter({ hasText: `Heads of terms ${stamp}.txt` });
  await expect(row.getByText("Ready")).toBeVisible({ timeout: 20_000 });
  await row.getByRole("button", { name: /Actions for/ }).click();
  await page.getByRole("menuitem", { name: "Move to…" }).click();
  await page.getByLabel("Move into").selectOption({ label: `Offtake ${stamp}` });
  await page.getByRole("button", { name: "Move", exact: true }).click();
  await expect(row).toHaveCount(0);
  await folders.getByRole("link", { name: `Offtake ${stamp}` }).click();
  await expect(page.getByTestId("document-row").filter({ hasText: `Heads of terms ${stamp}.txt` })).toBeVisible();
});
