import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support";

/**
 * The platform admin steers one customer: a feature off and on again, then a suspension and its
 * reinstatement. The customer is Kestrel Wind Cooperative (prisma/seed/seed-console-orgs.ts), which
 * no other spec signs in to, so the specs running beside this one never meet its changed state;
 * each test still puts back what it changed.
 */
const KESTREL = { name: "Kestrel Wind Cooperative", user: "kwame@kestrel-wind.example", project: "Kestrel Ridge Wind" };

/** Local sign-in as Kestrel's manager; where it lands depends on the org's status, so no URL is awaited here. */
async function signInAsKestrel(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: new RegExp(KESTREL.user.replace(/[.]/g, "\\.")) }).click();
  await expect(page).toHaveURL(/\/(dashboard|suspended)/, { timeout: 30_000 });
  return page;
}

/** The console's page of Kestrel, reached as the platform admin would: navigation, search, link. */
async function openKestrelInConsole(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await signInAs(page, DEMO.platformAdmin);
  await page.getByRole("navigation", { name: /main/i }).first().getByRole("link", { name: "Organisations", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search" }).fill("kestrel");
  await expect(page).toHaveURL(/[?&]q=kestrel/);
  await page.getByRole("main").getByRole("link", { name: KESTREL.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: KESTREL.name })).toBeVisible();
  return page;
}

test.describe("platform admin console", () => {
  // Both tests change the same org: one after the other.
  test.describe.configure({ mode: "serial" });

  test("switching Signal Score off for one org removes its tab and its page for that org's users, and back on", async ({ browser }) => {
    const member = await signInAsKestrel(browser);
    await expect(member).toHaveURL(/\/dashboard/);
    await member.goto("/projects");
    await member.getByRole("main").getByRole("link", { name: KESTREL.project }).first().click();
    await expect(member.getByRole("heading", { level: 1 })).toContainText(KESTREL.project);
    const projectPath = new URL(member.url()).pathname;
    const tabs = member.getByRole("navigation", { name: "Project sections" });
    await expect(tabs.getByRole("link", { name: "Signal Score" })).toBeVisible();

    const admin = await openKestrelInConsole(browser);
    const flag = admin.locator('tr[data-flag="signal_score"]');
    await flag.getByRole("radio", { name: "Off" }).click();
    await expect(flag.getByRole("radio", { name: "Off" })).toHaveAttribute("aria-checked", "true");

    // The member's next request reads the flag: the tab is gone and the page answers 404.
    await member.reload();
    await expect(tabs.getByRole("link", { name: "Milestones" })).toBeVisible();
    await expect(tabs.getByRole("link", { name: "Signal Score" })).toHaveCount(0);
    expect((await member.goto(`${projectPath}/signal-score`))?.status()).toBe(404);

    // Back to the catalogue's default (on), as the seed left it.
    await flag.getByRole("radio", { name: "Default" }).click();
    await expect(flag.getByRole("radio", { name: "Default" })).toHaveAttribute("aria-checked", "true");
    expect((await member.goto(`${projectPath}/signal-score`))?.status()).toBe(200);
    await member.goto(projectPath);
    await expect(tabs.getByRole("link", { name: "Signal Score" })).toBeVisible();

    // The org's own audit trail names who did it (read here through the platform audit search).
    // "Audit log" in the sidebar is the admin org's own log; the page's button opens this org's entries in the platform search.
    await admin.getByRole("main").getByRole("link", { name: "Audit log" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Platform audit" })).toBeVisible();
    await expect(admin.getByText(`Noor Haddad turned Signal score off for ${KESTREL.name}`)).toBeVisible();
    await admin.close();
    await member.close();
  });

  test("suspending an org sends its user to the suspended page; reinstating lets them back in", async ({ browser }) => {
    const admin = await openKestrelInConsole(browser);
    await admin.getByLabel("Reason for suspending").fill("Invoice unpaid for 60 days (e2e)");
    await admin.getByRole("button", { name: `Suspend ${KESTREL.name}` }).click();
    const confirm = admin.getByRole("alertdialog");
    await expect(confirm).toContainText(`land on a page saying “${KESTREL.name} is suspended”`);
    await confirm.getByRole("button", { name: "Suspend", exact: true }).click();
    await expect(admin.getByRole("button", { name: `Reinstate ${KESTREL.name}` })).toBeVisible();

    const member = await signInAsKestrel(browser);
    await expect(member).toHaveURL(/\/suspended$/);
    await expect(member.getByRole("heading", { level: 1, name: `${KESTREL.name} is suspended` })).toBeVisible();
    await expect(member.getByText("Contact SCR Platform support to have it reinstated.")).toBeVisible();
    await member.goto("/projects");
    await expect(member).toHaveURL(/\/suspended$/);

    await admin.getByRole("button", { name: `Reinstate ${KESTREL.name}` }).click();
    await admin.getByRole("alertdialog").getByRole("button", { name: "Reinstate", exact: true }).click();
    await expect(admin.getByRole("button", { name: `Suspend ${KESTREL.name}` })).toBeVisible();

    await member.goto("/projects");
    await expect(member).toHaveURL(/\/projects$/);
    await expect(member.getByRole("main").getByRole("link", { name: KESTREL.project }).first()).toBeVisible();
    await admin.close();
    await member.close();
  });

  test("an ally admin gets 404 on every console page", async ({ page }) => {
    await signInAs(page, DEMO.allyAdmin);
    for (const path of ["/admin", "/admin/organisations", "/admin/audit"]) expect((await page.goto(path))?.status(), path).toBe(404);
  });
});
