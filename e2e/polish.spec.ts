import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

test("a data room opens on its folders and latest documents, not an empty list", async ({ page }) => {
  await signInAs(page, DEMO.allyManager);
  await page.getByRole("link", { name: "Data room" }).first().click();
  // The dashboard links to projects too: wait for the room index before picking a room on it.
  await expect(page.getByRole("heading", { level: 1, name: "Data room" })).toBeVisible();
  await page
    .getByRole("main")
    .getByRole("link", { name: /Turkana Solar Park/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Turkana Solar Park");

  await expect(page.getByText("No documents here yet")).toHaveCount(0);
  await expect(page.getByTestId("landing-folder").first()).toContainText(/\d+ documents?/);
  const recent = page.getByRole("region", { name: "Recent documents" }).getByRole("link");
  await expect(recent.first()).toBeVisible();
  const name = (await recent.first().textContent())!;
  await recent.first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
});

test("icons, manifest and the social image are served without signing in", async ({ page, request }) => {
  for (const [path, type] of [
    ["/favicon.ico", /icon/],
    ["/icon.svg", /svg/],
    ["/og-image.png", /png/],
    ["/site.webmanifest", /manifest|json/],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }
  await page.goto("/sign-in");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/og-image\.png$/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/site.webmanifest");
});
