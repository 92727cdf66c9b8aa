import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

const PROJECT = "Thiès Solar + Storage";
const MANDATE = "West Africa solar and storage";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  return page;
}

/** The total the results announce, as a number ("4 projects" -> 4). */
async function shownTotal(page: Page): Promise<number> {
  return Number((await page.getByTestId("marketplace-total").innerText()).match(/^([\d,]+) project/)?.[1].replace(/,/g, ""));
}

/** A facet value's live count, read from its checkbox link ("Solar 4"). */
async function facetCount(page: Page, facet: string, value: string): Promise<number> {
  const text = await page
    .getByRole("complementary", { name: "Filters" })
    .getByRole("region", { name: facet })
    .getByRole("checkbox", { name: new RegExp(`^${value}\\b`) })
    .innerText();
  return Number(text.match(/([\d,]+)\s*$/)?.[1].replace(/,/g, ""));
}

test("an investor's mandate finds a project, the marketplace narrows to it, and the ally answers and connects", async ({ browser }) => {
  test.setTimeout(240_000);
  const investor = await signedIn(browser, DEMO.investorAnalyst);

  // A mandate: solar in Senegal, tickets in euros. The engine scores it against every listing.
  await investor.goto("/mandates/new");
  await investor.getByRole("textbox", { name: "Name" }).fill(MANDATE);
  await investor.getByRole("group", { name: "Technologies" }).getByLabel("Solar").check();
  const countries = investor.getByRole("combobox").first();
  await countries.fill("Senegal");
  await countries.press("Enter");
  await expect(investor.getByRole("list", { name: "Chosen countries" })).toContainText("Senegal");
  await investor.getByLabel("Minimum ticket").fill("5000000");
  await investor.getByLabel("Maximum ticket").fill("40000000");
  await investor.getByLabel("Currency").selectOption("EUR");
  await investor.getByRole("button", { name: "Create mandate" }).click();
  await expect(investor.getByRole("heading", { level: 1 })).toContainText(MANDATE, { timeout: 30_000 });
  await expect(async () => {
    await investor.reload();
    await expect(investor.getByText(PROJECT).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await investor
    .getByText(/Score breakdown/)
    .first()
    .click();
  await expect(investor.getByText("Points by dimension").first()).toBeVisible();

  // The marketplace: two facets and a text search, each count live.
  await investor.goto("/marketplace");
  await expect(investor.getByRole("heading", { level: 1 })).toHaveText("Marketplace");
  const solar = await facetCount(investor, "Technology", "Solar");
  await investor.getByRole("checkbox", { name: /^Solar\b/ }).click();
  await expect(investor.getByRole("checkbox", { name: /^Solar\b/ })).toHaveAttribute("aria-checked", "true");
  expect(await shownTotal(investor)).toBe(solar);
  const senegal = await facetCount(investor, "Country", "Senegal");
  expect(senegal).toBeGreaterThan(0);
  expect(senegal).toBeLessThan(solar);
  await investor.getByRole("checkbox", { name: /^Senegal\b/ }).click();
  await expect(investor.getByRole("checkbox", { name: /^Senegal\b/ })).toHaveAttribute("aria-checked", "true");
  expect(await shownTotal(investor)).toBe(senegal);
  // Other technologies keep the count they would add to Senegal's solar projects.
  expect(await facetCount(investor, "Technology", "Solar")).toBe(senegal);
  await investor.getByRole("searchbox", { name: "Search projects" }).fill("battery");
  await investor.getByRole("button", { name: "Search", exact: true }).click();
  await expect(investor.getByTestId("marketplace-total")).toHaveText("1 project matching “battery”");
  await expect(investor.locator("mark").first()).toHaveText(/battery/i);

  // The project, interest, and a first message.
  await investor.getByRole("link", { name: PROJECT }).click();
  await expect(investor.getByRole("heading", { level: 1 })).toHaveText(PROJECT, { timeout: 30_000 });
  await expect(investor.getByTestId("project-fit-score")).toBeVisible();
  // A click that lands before the button hydrates does nothing; interest already shown opens the
  // same match, so clicking again until the match opens is safe.
  await expect(async () => {
    if (!investor.url().includes("/matches/")) await investor.getByRole("button", { name: "Express interest" }).click({ timeout: 5_000 });
    await expect(investor).toHaveURL(/\/matches\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  }).toPass({ timeout: 90_000 });
  await expect(investor.getByText("Interested").first()).toBeVisible();
  await investor.getByLabel(/^Message to/).fill("Could you share the grid connection study for Tobène?");
  await investor.getByRole("button", { name: "Send" }).click();
  await expect(investor.getByText("Could you share the grid connection study for Tobène?").first()).toBeVisible();
  const matchUrl = new URL(investor.url()).pathname;

  // The developer: a notification, the match in the inbox, a reply, and the connection.
  const ally = await signedIn(browser, DEMO.sahelAlly);
  await ally.goto("/notifications");
  await expect(ally.getByText(/Northwind Climate Capital/).first()).toBeVisible();
  await ally.goto("/matches");
  await ally.getByRole("link", { name: PROJECT }).first().click();
  await expect(ally).toHaveURL(new RegExp(`${matchUrl}$`));
  await expect(ally.getByText("Could you share the grid connection study for Tobène?").first()).toBeVisible({ timeout: 30_000 });
  await ally.getByLabel(/^Message to/).fill("Of course: it is in the deal room we are opening for you.");
  await ally.getByRole("button", { name: "Send" }).click();
  await expect(ally.getByText("Of course: it is in the deal room we are opening for you.").first()).toBeVisible();
  await ally.getByRole("button", { name: "Connect" }).click();
  await expect(ally.getByText("Connected").first()).toBeVisible({ timeout: 20_000 });

  await investor.reload();
  await expect(investor.getByText("Of course: it is in the deal room we are opening for you.").first()).toBeVisible();
  await expect(investor.getByText("Connected").first()).toBeVisible();
});
