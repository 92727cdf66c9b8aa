import { expect, test } from "@playwright/test";
import { pdfWith } from "./pdf-fixtures";
import { DEMO, signInAs } from "./support";

test("a redaction ready for review rings the bell without a reload, mails the requester (seen in the development mailbox) and opens the review", async ({ page }) => {
  const fileName = `Escrow ${Date.now()}.pdf`;
  const title = `Redaction ready for review: ${fileName}`;
  await signInAs(page, DEMO.allyAnalyst);
  await page.goto("/dataroom");
  await page.getByRole("link", { name: /Rift Valley Wind Farm/ }).click();
  await page.waitForURL(/\/dataroom\/[0-9a-f-]{36}/);
  const projectId = new URL(page.url()).pathname.split("/")[2]!;
  const bytes = await pdfWith(["Escrow instructions: pay GB82 WEST 1234 5698 7654 32", "Confirm payment to treasury@helios-renewables.example."]);
  const uploaded = await page.request.put(`/api/dataroom/upload?fileName=${encodeURIComponent(fileName)}&projectId=${projectId}`, {
    data: bytes,
    // page.request sends the session cookie but no Origin, which the upload route requires (as a browser sends it).
    headers: { "content-type": "application/pdf", origin: new URL(page.url()).origin },
  });
  expect(uploaded.status()).toBe(201);
  const { document } = (await uploaded.json()) as { document: { id: string } };
  const reviewPath = `/dataroom/${projectId}/documents/${document.id}/redaction`;

  await page.goto(`/dataroom/${projectId}/documents/${document.id}`);
  await expect(page.getByText("Ready", { exact: true })).toBeVisible({ timeout: 20_000 });
  await page.getByRole("link", { name: "Redact personal data" }).click();
  await page.getByRole("button", { name: "Scan for personal data" }).click();
  await expect(page.getByTestId("detection-row")).toHaveCount(2, { timeout: 30_000 });

  // No reload from here: the bell asks the server when the window regains focus (and every 30 s).
  const bell = page.getByRole("button", { name: /^Notifications, / });
  await expect(async () => {
    await page.keyboard.press("Escape");
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await bell.click();
    await expect(page.getByRole("menuitem", { name: new RegExp(title.replace(/[.]/g, "\\.")) })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  const item = page.getByRole("menuitem", { name: new RegExp(title.replace(/[.]/g, "\\.")) });
  await expect(item).toContainText("Unread");
  // While the menu is open the rest of the page is hidden from assistive tech: read the bell's name after.
  await page.keyboard.press("Escape");
  await expect(bell).toHaveAccessibleName(/^Notifications, [1-9]\d* unread$/);

  // The same notification went out by mail: without SMTP_URL it is kept in the development mailbox.
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(page.getByRole("link", { name: new RegExp(title.replace(/[.]/g, "\\.")) })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page
    .getByRole("link", { name: new RegExp(title.replace(/[.]/g, "\\.")) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(`To ${DEMO.allyAnalyst}`)).toBeVisible();
  const mail = page.frameLocator(`iframe[title="Mail: ${title}"]`);
  // The mail's hidden inbox preview repeats the sentence: the body's paragraph is the one to see.
  await expect(mail.getByRole("paragraph").filter({ hasText: "2 items of personal data found" })).toBeVisible();
  await expect(mail.getByRole("link", { name: "Review now" })).toHaveAttribute("href", new RegExp(`${reviewPath}$`));
  await expect(page.locator("pre")).toContainText(reviewPath);

  // Opening the notification marks it read and goes to the review.
  await page.goto("/notifications");
  const listed = page.getByRole("list", { name: "Notifications" }).getByRole("button", { name: new RegExp(title.replace(/[.]/g, "\\.")) });
  await expect(listed).toContainText("Unread");
  await listed.click();
  await page.waitForURL((url) => url.pathname === reviewPath);
  await page.goto("/notifications");
  await expect(page.getByRole("list", { name: "Notifications" }).getByRole("button", { name: new RegExp(title.replace(/[.]/g, "\\.")) })).not.toContainText("Unread");
});

test("the development mailbox and another user's notifications are out of reach", async ({ page }) => {
  await signInAs(page, DEMO.otherAlly);
  const summary = (await (await page.request.get("/api/notifications")).json()) as { latest: { title: string }[] };
  // Lucía (Andes Hydro) never sees Helios's notifications, seeded or new.
  expect(summary.latest.filter((n) => /Turkana|Rift Valley|Escrow/.test(n.title))).toEqual([]);
  expect((await page.request.get("/dev/mailbox/not-a-mail")).status()).toBe(404);
});
