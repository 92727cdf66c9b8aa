import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

test("an ally manager creates a project; server-side validation explains bad input and keeps it", async ({ page }) => {
  await signInAs(page, DEMO.allyManager);
  await page.goto("/projects");
  await page.getByRole("link", { name: "New project" }).first().click();

  const name = `Lake Naivasha Geothermal ${Date.now()}`;
  await page.getByLabel("Project name").fill(name);
  await page.getByLabel("Description").fill("A 35 MW geothermal plant near Olkaria with two appraisal wells drilled.");
  await page.getByLabel("Technology").selectOption("GEOTHERMAL");
  await page.getByLabel("Technical notes").fill("Two appraisal wells at 2,400 m; 280 °C reservoir.");
  await page.getByRole("combobox", { name: "Country" }).fill("Kenya");
  await page.getByRole("listbox", { name: "Countries" }).getByRole("option", { name: /Kenya/ }).click();
  await page.getByLabel("Region or state").fill("Nakuru County");
  await page.getByLabel("Investment sought").fill("12.34567");
  await page.getByRole("button", { name: "Create project" }).click();

  await expect(page.getByText("Enter an amount like 1250000")).toBeVisible();
  await expect(page.getByLabel("Project name")).toHaveValue(name);
  await expect(page.getByLabel("Investment sought")).toBeFocused();

  await page.getByLabel("Investment sought").fill("98000000.5");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByText("USD 98,000,000.50", { exact: true })).toBeVisible();

  await page.goto("/projects");
  await expect(page.getByRole("link", { name })).toBeVisible();
});
