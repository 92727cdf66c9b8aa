import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support";

/** A real (tiny) PNG, and files that only pretend to be images. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const cover = { name: "cover.png", mimeType: "image/png", buffer: PNG };
/** Well over a server action's default 1 MB body and under the 5 MB cover limit (trailing bytes after IEND are ignored). */
const largeCover = { name: "site-photo.png", mimeType: "image/png", buffer: Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]) };
const notAnImage = { name: "site-plan.png", mimeType: "image/png", buffer: Buffer.from("not pixels, just text pretending to be a PNG") };
const oversized = { name: "drone-shot.png", mimeType: "image/png", buffer: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]) };

const LONG_DESCRIPTION =
  "A 12.5 MWp floating solar array on the Owen Falls reservoir near Jinja, selling to UETCL under a 20-year PPA. " +
  "The water-use permit is granted, the bathymetry and anchoring studies are complete, and the grid connection is agreed at the Jinja substation.";

const nameField = (page: Page) => page.getByLabel("Project name");

/** Creates a project through the form with every field filled in, and returns its path. */
async function createFullProject(page: Page, name: string, coverFile = cover): Promise<string> {
  await page.goto("/projects/new");
  await nameField(page).fill(name);
  await expect(page.getByLabel("Slug")).toHaveValue(name.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
  await page.getByLabel("Description").fill(LONG_DESCRIPTION);
  await page.getByLabel("Technology").selectOption("SOLAR");
  await page.getByLabel("Stage").selectOption("CONSTRUCTION");
  await page.getByRole("combobox", { name: "Country" }).fill("ugan");
  await page
    .getByRole("listbox", { name: "Countries" })
    .getByRole("option", { name: /Uganda/ })
    .click();
  await page.getByLabel("Region or state").fill("Eastern Region");
  await page.getByLabel("Latitude").fill("0.4244");
  await page.getByLabel("Longitude").fill("33.2042");
  await page.getByLabel("Module type").fill("bifacial glass-glass");
  await page.getByLabel("Tracking").selectOption("fixed-tilt");
  await page.getByLabel("DC/AC ratio").fill("1.3");
  await page.getByLabel("Expected yield").fill("1650");
  await page.getByLabel("Investment sought").fill("11,750,000.25");
  await expect(page.getByText("USD 11,750,000.25")).toBeVisible();
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByLabel("Capacity", { exact: true }).fill("12.5");
  await page.getByLabel("Target close date").fill("2030-09-30");
  await page.getByLabel("Cover image").setInputFiles(coverFile);
  await expect(page.getByRole("img", { name: "Cover preview" })).toBeVisible();
  await page.getByRole("button", { name: "Create project" }).click();
  // Creating uploads the cover image and redirects: slow when the machine is busy.
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  return new URL(page.url()).pathname;
}

test("a manager creates a project with every field and a cover, then edits it", async ({ page }) => {
  await signInAs(page, DEMO.allyManager);
  const name = `Owen Falls Floating Solar ${Date.now()}`;
  const path = await createFullProject(page, name, largeCover);

  const header = page.locator("header[data-slot='page-header']");
  await expect(header.getByText("Draft", { exact: true })).toBeVisible();
  await expect(header.getByText("Solar · Eastern Region, Uganda · 12.5 MW · €11.8M sought")).toBeVisible();
  const thumbnail = header.locator(`img[src^="/api/projects/${path.split("/").pop()}/cover"]`);
  await expect(thumbnail).toBeVisible();
  // The image really loads through the org-checked route (a broken one has no natural width).
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(`${path}/edit`);
  await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("Uganda");
  await expect(page.getByLabel("Investment sought")).toHaveValue("11750000.25");
  await expect(page.getByLabel("DC/AC ratio")).toHaveValue("1.3");

  await page.getByLabel("Technology").selectOption("WIND");
  await expect(page.getByLabel("DC/AC ratio")).toHaveCount(0);
  await page.getByLabel("Turbine model").fill("V136-4.5");
  await page.getByLabel("Hub height").fill("112");
  await page.getByLabel("Net capacity factor").fill("140");
  await page.getByLabel("Capacity", { exact: true }).fill("-3");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Capacity cannot be negative.")).toBeVisible();
  await expect(page.getByText("Net capacity factor must be at most 100.")).toBeVisible();
  await expect(page.getByLabel("Turbine model")).toHaveValue("V136-4.5");

  await page.getByLabel("Net capacity factor").fill("39.5");
  await page.getByLabel("Capacity", { exact: true }).fill("13.5");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(path);
  await expect(header.getByText("Wind · Eastern Region, Uganda · 13.5 MW · €11.8M sought")).toBeVisible();

  await page.goto(`${path}/edit`);
  await expect(page.getByLabel("Net capacity factor")).toHaveValue("39.5");
  await expect(page.getByLabel("Turbine model")).toHaveValue("V136-4.5");
});

test("bad input is explained next to each field, a slug collision and a fake or oversized cover included", async ({ page }) => {
  await signInAs(page, DEMO.allyManager);
  await page.goto("/projects/new");
  await nameField(page).fill("Turkana Solar Park");
  await page.getByLabel("Slug").fill("turkana-solar-park");
  await page.getByLabel("Description").fill("Too short.");
  await page.getByLabel("Latitude").fill("91");
  await page.getByLabel("Investment sought").fill("12.34567");
  await page.getByLabel("Cover image").setInputFiles(oversized);
  await expect(page.getByText("That image is 5.0 MB: the cover must be 5 MB or smaller.")).toBeVisible();
  await page.getByLabel("Cover image").setInputFiles(notAnImage);
  await page.getByRole("button", { name: "Create project" }).click();

  await expect(page.getByText("Describe the project in at least 20 characters.")).toBeVisible();
  await expect(page.getByText("Choose a country from the list")).toBeVisible();
  await expect(page.getByText("Enter the region or state.")).toBeVisible();
  await expect(page.getByText("Latitude must be between -90 and 90.")).toBeVisible();
  await expect(page.getByText("Enter an amount like 1250000")).toBeVisible();
  await expect(page.getByLabel("Description")).toBeFocused();

  await page.getByLabel("Description").fill(LONG_DESCRIPTION);
  await page.getByRole("combobox", { name: "Country" }).fill("Kenya");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.getByLabel("Region or state").fill("Turkana County");
  await page.getByLabel("Latitude").fill("");
  await page.getByLabel("Investment sought").fill("1000000");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("That slug is already used by another project")).toBeVisible();
  await expect(page.getByText("The cover must be a PNG, JPEG or WebP image: that file is not an image.")).toBeVisible();
  await expect(page).toHaveURL(/\/projects\/new$/);
});

test("a stale edit is refused with a clear message, and reloading shows the other person's change", async ({ browser }) => {
  const first = await browser.newPage();
  await signInAs(first, DEMO.allyManager);
  const path = await createFullProject(first, `Stale Edit Check ${Date.now()}`);
  const second = await browser.newPage();
  await signInAs(second, DEMO.allyAdmin);

  await first.goto(`${path}/edit`);
  await second.goto(`${path}/edit`);
  await first.getByLabel("Region or state").fill("Busoga");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first).toHaveURL(path);

  await second.getByLabel("Region or state").fill("Jinja District");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText("This project changed while you were editing")).toBeVisible();
  await expect(second.getByText("Someone else changed this project since you opened it: reload to see their changes.")).toBeVisible();
  await second.getByRole("button", { name: "Reload the latest version" }).click();
  await expect(second.getByLabel("Region or state")).toHaveValue("Busoga");
  await first.close();
  await second.close();
});

test("lifecycle: only allowed transitions are offered, a stale one is refused, publishing waits for readiness", async ({ browser }) => {
  const page = await browser.newPage();
  await signInAs(page, DEMO.allyManager);
  const path = await createFullProject(page, `Lifecycle Check ${Date.now()}`);
  const header = page.locator("header[data-slot='page-header']");

  // A draft: Activate, or archive from the menu; nothing else, and no publishing yet.
  await expect(header.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await header.getByRole("button", { name: "More actions" }).click();
  await expect(page.getByRole("menuitem")).toHaveText(["Archive"]);
  await page.keyboard.press("Escape");
  await header.getByRole("button", { name: "Activate" }).click();
  await expect(header.getByText("Active", { exact: true })).toBeVisible();

  // Ready except for milestones and budget: the checklist says so and Publish stays disabled.
  await header.getByRole("button", { name: "Publish" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish to the marketplace" });
  await expect(dialog.getByText("2 things are missing")).toBeVisible();
  await expect(dialog.getByRole("listitem").filter({ hasText: "(missing)" })).toHaveText([/At least one milestone/, /At least one budget line/]);
  await expect(dialog.getByRole("button", { name: "Publish now" })).toBeDisabled();
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // Someone else archives it while this page still shows it active: suspending it is refused.
  const other = await browser.newPage();
  await signInAs(other, DEMO.allyAdmin);
  await other.goto(path);
  await other.locator("header[data-slot='page-header']").getByRole("button", { name: "More actions" }).click();
  await other.getByRole("menuitem", { name: "Archive" }).click();
  await other.getByRole("alertdialog").getByRole("button", { name: "Archive" }).click();
  await expect(other.locator("header[data-slot='page-header']").getByText("Archived", { exact: true })).toBeVisible();
  await expect(other.getByRole("button", { name: "Restore as draft" })).toBeVisible();

  await header.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name: "Suspend" }).click();
  const confirm = page.getByRole("alertdialog");
  await confirm.getByRole("button", { name: "Suspend" }).click();
  await expect(confirm.getByText("An archived project cannot become suspended: it can only become draft.")).toBeVisible();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await other.close();
  await page.close();
});

test("publishing: blocked until the project is ready, then on the marketplace", async ({ page }) => {
  await signInAs(page, DEMO.allyManager);
  await page.goto("/projects");
  await page.getByRole("link", { name: "Mount Elgon Run-of-River Hydro" }).click();
  const header = page.locator("header[data-slot='page-header']");
  await header.getByRole("button", { name: "Publish" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish to the marketplace" });
  const missing = dialog.getByRole("listitem").filter({ hasText: "(missing)" });
  await expect(missing).toHaveText([/A description of at least 200 characters/, /A target close date that is still ahead/, /A cover image/]);
  await expect(dialog.getByRole("button", { name: "Publish now" })).toBeDisabled();
  await missing.first().getByRole("link", { name: "Edit project" }).click();

  await expect(page.getByLabel("Head", { exact: true })).toHaveValue("186");
  await page
    .getByLabel("Description")
    .fill(
      "An 11 MW run-of-river scheme on the Kuywa river with a 2.4 km headrace and a Pelton powerhouse. " +
        "Fourteen years of gauge records, financial close reached in 2026, weir and intake 70% built; the second phase adds 4 MW.",
    );
  await page.getByLabel("Target close date").fill("2031-03-31");
  await page.getByLabel("Cover image").setInputFiles(cover);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mount Elgon");

  await header.getByRole("button", { name: "Publish" }).click();
  await expect(dialog.getByRole("listitem").filter({ hasText: "(missing)" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Publish now" }).click();
  await expect(dialog).toBeHidden();
  await expect(header.getByText("On marketplace")).toBeVisible();
  await expect(header.getByRole("button", { name: "Unpublish" })).toBeVisible();
});

test("a viewer sees no editing or lifecycle controls and gets a permission message on the edit page", async ({ page }) => {
  await signInAs(page, DEMO.allyViewer);
  await page.goto("/projects");
  await page.getByRole("link", { name: "Rift Valley Wind Farm" }).click();
  const header = page.locator("header[data-slot='page-header']");
  await expect(header.getByRole("heading", { level: 1 })).toContainText("Rift Valley Wind Farm");
  await expect(header.getByRole("button")).toHaveCount(0);
  await expect(header.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await page.goto(`${new URL(page.url()).pathname}/edit`);
  await expect(page.getByText("You can't edit this project")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
});

test("another organisation gets 404 for the edit page and the cover image", async ({ browser }) => {
  const owner = await browser.newPage();
  await signInAs(owner, DEMO.allyManager);
  const path = await createFullProject(owner, `Tenancy Check ${Date.now()}`);
  const coverUrl = `/api/projects/${path.split("/").pop()}/cover`;
  expect((await owner.request.get(coverUrl)).status()).toBe(200);
  await owner.close();

  const stranger = await browser.newPage();
  await signInAs(stranger, DEMO.otherAlly);
  expect((await stranger.goto(`${path}/edit`))?.status()).toBe(404);
  expect((await stranger.request.get(coverUrl)).status()).toBe(404);
  await stranger.close();
});
