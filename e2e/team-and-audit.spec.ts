import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support";

/** Each test adds its own member, so tests run in parallel without touching the demo users. */
function newPerson(tag: string) {
  const id = `${tag}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `Jordan Ouma ${id}`, email: `jordan.${id}@helios-renewables.example` };
}

async function addMember(page: Page, person: { name: string; email: string }, role: string) {
  await page.goto("/team");
  await page.getByRole("button", { name: "Add member" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a member" });
  await dialog.getByLabel("Full name").fill(person.name);
  await dialog.getByLabel("Email").fill(person.email);
  await dialog.getByLabel("Role").selectOption({ label: role });
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row", { name: new RegExp(person.name) })).toBeVisible();
}

async function changeRole(page: Page, name: string, role: string) {
  await page.getByRole("button", { name: `Actions for ${name}` }).click();
  await page.getByRole("menuitem", { name: "Change role…" }).click();
  const dialog = page.getByRole("dialog", { name: "Change role" });
  await dialog.getByRole("radio", { name: new RegExp(`^${role}`) }).check();
  await dialog.getByRole("button", { name: "Save role" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText(role);
}

test("an admin adds a member, changes their role and deactivates them; they are signed out for good", async ({ browser }) => {
  const person = newPerson("a");
  const admin = await browser.newPage();
  await signInAs(admin, DEMO.allyAdmin);
  await addMember(admin, person, "Analyst");

  const member = await browser.newPage();
  await signInAs(member, person.email);
  await expect(member.getByRole("button", { name: `Account menu for ${person.name}` })).toBeVisible();

  await changeRole(admin, person.name, "Manager");
  await admin.getByRole("button", { name: `Actions for ${person.name}` }).click();
  await admin.getByRole("menuitem", { name: "Deactivate…" }).click();
  const confirm = admin.getByRole("alertdialog", { name: `Deactivate ${person.name}?` });
  await confirm.getByRole("button", { name: "Deactivate" }).click();
  await expect(confirm).toBeHidden();
  await expect(admin.getByRole("row", { name: new RegExp(person.name) })).toContainText("Deactivated");

  // Their open session ends on the next request, and the sign-in page no longer offers them.
  await member.goto("/dashboard");
  await expect(member).toHaveURL(/\/sign-in/);
  await expect(member.getByRole("button", { name: new RegExp(person.email.replace(/\./g, "\\.")) })).toHaveCount(0);

  // Admins cannot act on their own row (the server refuses it too).
  await expect(admin.getByRole("button", { name: "Actions for Amara Okafor" })).toHaveCount(0);
  await admin.close();
  await member.close();
});

test("a new member's email must be unused on the whole platform", async ({ page }) => {
  await signInAs(page, DEMO.allyAdmin);
  await page.goto("/team");
  await page.getByRole("button", { name: "Add member" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a member" });
  await dialog.getByLabel("Full name").fill("Priya Again");
  await dialog.getByLabel("Email").fill(DEMO.investorAnalyst);
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog.getByText("This email address already has an account on the platform")).toBeVisible();
  await expect(dialog.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("a manager opens the audit log, filters by action and expands a before/after diff", async ({ browser }) => {
  const person = newPerson("m");
  const admin = await browser.newPage();
  await signInAs(admin, DEMO.allyAdmin);
  await addMember(admin, person, "Viewer");
  await changeRole(admin, person.name, "Analyst");
  await admin.close();

  const page = await browser.newPage();
  await signInAs(page, DEMO.allyManager);
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();

  const actionFilter = page.getByRole("combobox", { name: "Action" });
  await actionFilter.selectOption({ label: "User role changed" });
  await expect(page).toHaveURL(/action=user\.role_changed/);
  const rows = page.locator("tbody > tr").filter({ has: page.getByRole("button", { name: /details of/ }) });
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toContain("changed the role of");
  await expect(page.getByRole("row", { name: new RegExp(person.name) })).toContainText(`Amara Okafor changed the role of ${person.name} from Viewer to Analyst`);

  const row = page.getByRole("row", { name: new RegExp(person.name) });
  await row.getByRole("button", { name: /Show details/ }).click();
  const details = page.getByRole("region", { name: "Changes" });
  await expect(details.getByRole("columnheader", { name: "Before" })).toBeVisible();
  await expect(details.getByRole("columnheader", { name: "After" })).toBeVisible();
  await expect(details.getByRole("row", { name: /Role/ })).toContainText("Viewer");
  await expect(details.getByRole("row", { name: /Role/ })).toContainText("Analyst");
  const request = page.getByRole("region", { name: "Request details" });
  await expect(request).toContainText("Amara Okafor");
  await expect(request).toContainText("IP address");
  await expect(request).toContainText("User agent");

  // The filter survives a reload: it lives in the URL.
  await page.reload();
  await expect(actionFilter).toHaveValue("user.role_changed");
  await page.close();
});

test("a viewer sees the team read-only and neither the audit log nor settings", async ({ page }) => {
  await signInAs(page, DEMO.allyViewer);
  await page.goto("/team");
  await expect(page.getByRole("row", { name: /Amara Okafor/ })).toBeVisible();
  await expect(page.getByText("Only admins can add members, change roles or deactivate accounts.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Actions for / })).toHaveCount(0);

  const nav = page.getByRole("navigation", { name: "Main" }).first();
  await expect(nav.getByRole("link", { name: "Team" })).toBeVisible();
  await expect(nav.getByText("Audit log", { exact: true })).toHaveCount(0);
  await expect(nav.getByText("Settings", { exact: true })).toHaveCount(0);

  await page.goto("/audit");
  await expect(page.getByText("The audit log is for managers and admins")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.goto("/settings");
  await expect(page.getByText("Only admins can change organisation settings")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
});

test("an admin sets brand colours and a logo; bad input is explained next to the field", async ({ page }) => {
  await signInAs(page, "james@northwind-capital.example");
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  const primary = page.getByRole("textbox", { name: /^Primary colour/ });
  const accent = page.getByRole("textbox", { name: /^Accent colour/ });
  await primary.fill("teal");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Use a hex colour like #175D50.")).toBeVisible();
  await expect(primary).toHaveAttribute("aria-invalid", "true");
  await primary.fill("#1E3A8A");
  await accent.fill("#F59E0B");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(primary).toHaveValue("#1e3a8a");

  const upload = page.locator('input[type="file"]');
  await upload.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>") });
  await expect(page.getByText(/Upload a PNG, JPEG or WebP image/)).toBeVisible();

  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
  await upload.setInputFiles({ name: "northwind.png", mimeType: "image/png", buffer: png });
  await expect(page.getByText("Logo updated.")).toBeVisible();
  const topBarLogo = page.locator("header img[src^='/api/org/logo']");
  await expect(topBarLogo).toBeVisible();
  const response = await page.request.get((await topBarLogo.getAttribute("src"))!);
  expect(response.headers()["content-type"]).toBe("image/png");
});

test("another org's user gets 404 on a Helios project's history", async ({ browser }) => {
  const owner = await browser.newPage();
  await signInAs(owner, DEMO.allyManager);
  await owner.goto("/projects");
  const url = await owner.getByRole("link", { name: "Turkana Solar Park" }).first().getAttribute("href");
  expect(url).toMatch(/^\/projects\/[0-9a-f-]{36}$/);
  await owner.goto(`${url}/history`);
  await expect(owner.getByRole("region", { name: /History of Turkana Solar Park/ })).toBeVisible();
  await owner.close();

  const page = await browser.newPage();
  await signInAs(page, DEMO.otherAlly);
  const response = await page.goto(`${url}/history`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Turkana Solar Park")).toHaveCount(0);
  await page.close();
});
