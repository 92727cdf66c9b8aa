import { expect, type Page } from "@playwright/test";

export const DEMO = {
  allyAdmin: "amara@helios-renewables.example",
  allyManager: "sarah@helios-renewables.example",
  allyAnalyst: "david@helios-renewables.example",
  allyViewer: "tom@helios-renewables.example",
  otherAlly: "lucia@andes-hydro.example",
  investorAnalyst: "priya@northwind-capital.example",
  /** Sahel Solar Collective: a developer only the investor-discovery journey signs in as. */
  sahelAlly: "awa@sahel-solar.example",
  platformAdmin: "admin@scr-platform.example",
} as const;

export async function signInAs(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: new RegExp(email.replace(/[.]/g, "\\.")) }).click();
  // Generous: the first sign-in of a run also compiles and warms the server.
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 });
}

/** The id of a Helios project, read through the UI as its manager would. */
export async function heliosProjectUrl(page: Page, name = "Turkana Solar Park"): Promise<string> {
  await signInAs(page, DEMO.allyManager);
  await page.goto("/projects");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  return new URL(page.url()).pathname;
}
