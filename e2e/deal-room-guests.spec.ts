import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

const TURKANA_ROOM = "Turkana Solar Park - Equity Raise";

test("the developer invites an outside guest by email; the guest's link opens the room once, under the NDA, until the guest is removed", async ({ browser }) => {
  test.setTimeout(180_000);
  const email = `counsel-${Date.now()}@e2e-law.example`;

  // Amara invites an adviser into the demo Turkana room, with downloads; the link is shown once.
  const ally = await (await browser.newContext()).newPage();
  await signInAs(ally, DEMO.allyAdmin);
  await ally.goto("/projects");
  await ally.getByRole("main").getByRole("link", { name: "Turkana Solar Park" }).click();
  await ally.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Deal rooms" }).click();
  await ally.getByRole("link", { name: TURKANA_ROOM }).click();
  const guests = ally.locator("[data-slot=card]", { has: ally.getByText("Outside guests", { exact: true }) });
  await guests.getByLabel("Guest's email").fill(DEMO.allyManager);
  await guests.getByRole("button", { name: "Invite guest" }).click();
  await expect(guests.getByRole("alert")).toContainText("belongs to someone in your organisation");
  await guests.getByLabel("Guest's email").fill(email);
  await guests.getByLabel("Documents", { exact: true }).selectOption("downloader");
  await guests.getByRole("button", { name: "Invite guest" }).click();
  const link = (await guests.getByTestId("guest-invite-link").textContent({ timeout: 30_000 }))!.trim();
  expect(link).toMatch(/\/guest\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(guests.getByRole("row", { name: new RegExp(email) })).toContainText("Invited");

  // The guest, with no account, opens the link: an empty name is refused, a typed one accepts the NDA and enters.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(new URL(link).pathname);
  await expect(guest.getByRole("heading", { name: TURKANA_ROOM })).toBeVisible();
  await expect(guest.getByRole("region", { name: "Non-disclosure agreement" })).toContainText("MUTUAL NON-DISCLOSURE AGREEMENT");
  await guest.getByRole("button", { name: "Accept the NDA and enter" }).click();
  await expect(guest.getByText("Type your full name.")).toBeVisible();
  await guest.getByLabel("Your full name").fill("Wanjiru Kamau");
  await guest.getByRole("button", { name: "Accept the NDA and enter" }).click();
  await expect(guest).toHaveURL(/\/guest\/rooms\//, { timeout: 30_000 });
  await expect(guest.getByText(`Signed in as guest Wanjiru Kamau (${email})`)).toBeVisible();
  const row = guest.getByRole("row", { name: /Kenya Power PPA - Term Sheet\.pdf/ });
  await expect(row).toBeVisible();
  await expect(guest.getByText("Turkana Solar Park - Financial Model.xlsx")).toHaveCount(0);
  const downloadUrl = new URL((await row.getByRole("link", { name: "Download" }).getAttribute("href"))!, guest.url()).toString();
  const download = await guest.request.get(downloadUrl);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("application/pdf");
  const roomUrl = guest.url();

  // The same link again: used, and it says so.
  await guest.goto(new URL(link).pathname);
  await expect(guest.getByRole("heading", { name: "This invitation link has already been used" })).toBeVisible();
  await expect(guest.getByText("Ask Helios Renewables for a new invitation.")).toBeVisible();

  // The developer sees the guest joined, their NDA acceptance and their download; then removes them.
  await ally.reload();
  await expect(guests.getByRole("row", { name: new RegExp(email) })).toContainText("Joined");
  await expect(ally.getByRole("row", { name: new RegExp(`Guest: ${email}`) })).toContainText("Wanjiru Kamau");
  await guests
    .getByRole("row", { name: new RegExp(email) })
    .getByRole("button", { name: "Remove" })
    .click();
  await ally.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(guests.getByRole("row", { name: new RegExp(email) })).toContainText("Removed");
  await ally.getByRole("link", { name: "Activity" }).click();
  await expect(ally.getByRole("row", { name: /Wanjiru Kamau downloaded Kenya Power PPA - Term Sheet\.pdf/ }).first()).toContainText("Outside guest");

  // Removed: the room and its files are closed to the guest's browser at once.
  await guest.goto(roomUrl);
  await expect(guest.getByRole("heading", { name: "This room opens with your invitation" })).toBeVisible();
  expect((await guest.request.get(downloadUrl)).status()).toBe(404);
  await guestContext.close();
});
