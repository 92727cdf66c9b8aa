import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

const SHARED = ["P50-P90 Energy Yield Assessment.pdf", "Kenya Power PPA - Term Sheet.pdf"];
const NDA = "Mutual NDA for the e2e room.\nThe recipient keeps everything in this room confidential for three years.";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  return page;
}

test("the ally opens a room and shares two documents; the investor accepts the NDA, reads one, and the ally sees the acceptance, the reading time and a message", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const roomName = `Turkana - E2E room ${Date.now()}`;

  // The developer opens a room on Turkana for Northwind, connected on this project, and shares two documents.
  const ally = await signedIn(browser, DEMO.allyAdmin);
  await ally.goto("/projects");
  await ally.getByRole("main").getByRole("link", { name: "Turkana Solar Park" }).click();
  await ally.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Deal rooms" }).click();
  await ally.getByLabel("Investor").selectOption({ label: "Northwind Climate Capital (connected on this project)" });
  await ally.getByLabel("Room name").fill(roomName);
  await ally.getByLabel("NDA text").fill(NDA);
  await ally.getByRole("button", { name: "Open the room" }).click();
  await expect(ally.getByRole("heading", { name: roomName })).toBeVisible({ timeout: 30_000 });
  const roomUrl = ally.url();
  for (const name of SHARED) {
    const option = ally.getByLabel("Document", { exact: true }).locator("option", { hasText: name });
    await ally.getByLabel("Document", { exact: true }).selectOption((await option.getAttribute("value"))!);
    await ally.getByRole("button", { name: "Share", exact: true }).click();
    await expect(ally.getByRole("cell", { name })).toBeVisible();
  }

  // The investor finds the room, cannot see its documents before the NDA, and accepts it by typing a name.
  const investor = await signedIn(browser, DEMO.investorAnalyst);
  await investor.goto("/deal-rooms");
  await investor.getByRole("link", { name: roomName }).click();
  await expect(investor.getByText(SHARED[0]!)).toHaveCount(0);
  await investor.getByRole("button", { name: "Accept the NDA" }).click();
  await expect(investor.getByText("Type your full name to accept the NDA.")).toBeVisible();
  await investor.getByLabel("Your full name").fill("Priya Nair");
  await investor.getByRole("button", { name: "Accept the NDA" }).click();
  const documentRow = investor.getByRole("row", { name: new RegExp(SHARED[0]!.replace(/[.]/g, "\\.")) });
  await expect(documentRow).toBeVisible({ timeout: 30_000 });

  // The acceptance record names who, when, from where and which text.
  await ally.goto(roomUrl);
  const acceptance = ally.getByRole("row", { name: /Priya Nair/ }).last();
  await expect(acceptance).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(acceptance).toContainText(/(\d{1,3}\.){3}\d{1,3}|::1|[0-9a-f:]{3,}/);
  await expect(acceptance).toContainText(/[0-9a-f]{64}/);

  // The investor reads the yield assessment for a few seconds; leaving the page sends the time.
  await documentRow.getByRole("link", { name: "View" }).click();
  await expect(investor.getByRole("heading", { level: 1 })).toContainText(SHARED[0]!);
  await investor.waitForTimeout(4_000);
  await investor.goto("/deal-rooms");

  await ally.getByRole("link", { name: "Engagement" }).click();
  await expect(ally).toHaveURL(/\/engagement$/, { timeout: 30_000 });
  const views = ally.getByRole("region", { name: new RegExp(`^${SHARED[0]!.replace(/[.]/g, "\\.")}, version`) });
  await expect(async () => {
    await ally.reload();
    await expect(views.getByRole("row", { name: /Priya Nair/ })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const score = ally.getByRole("meter", { name: "Northwind Climate Capital engagement" });
  expect(Number(await score.getAttribute("aria-valuenow"))).toBeGreaterThan(0);

  // A message from the investor, mentioning the developer's admin, reaches her notifications.
  // Typed only once the page is interactive (a box ticked before hydration is not in React's state),
  // and looked for only once the composer has cleared, i.e. the action (and its notifications) finished.
  await investor.goto(new URL(roomUrl).pathname.replace(/^\/projects\/[^/]+/, ""), { waitUntil: "networkidle" });
  await investor.getByLabel("New message").fill("Could you add the grid study to this room?");
  const mention = investor.getByRole("checkbox", { name: /Amara Okafor/ });
  await mention.check();
  await expect(mention).toBeChecked();
  await investor.getByRole("button", { name: "Send message" }).click();
  await expect(investor.getByLabel("New message")).toHaveValue("", { timeout: 30_000 });
  await expect(investor.getByText("Could you add the grid study to this room?").first()).toBeVisible();
  await expect(async () => {
    await ally.goto("/notifications");
    await expect(ally.getByText(`Priya Nair mentioned you in ${roomName}`).first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
});
