import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

test("an admin creates an API key shown once, a program lists the org's projects with it until its own limit, and a revoked key is refused", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const name = `E2E sync ${Date.now().toString(36)}`;
  await signInAs(page, DEMO.allyAdmin);
  await page.goto("/settings/api-keys");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel(/projects:read/).check();
  await page.getByLabel("Requests a minute").fill("2");
  await page.getByRole("button", { name: "Create key" }).click();
  const reveal = page.getByText(`Key “${name}” created`);
  await expect(reveal).toBeVisible({ timeout: 30_000 });
  const key = (await page.locator("body").innerText()).match(/scr_[A-Za-z0-9_-]{40,}/)?.[0];
  expect(key).toBeTruthy();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(key!.slice(0, 8));
  await expect(row).not.toContainText(key!);

  const call = () => request.get("/api/v1/projects?limit=5", { headers: { Authorization: `Bearer ${key}` } });
  const first = await call();
  expect(first.status()).toBe(200);
  expect(first.headers()["ratelimit-limit"]).toBe("2");
  const body = (await first.json()) as { data: { id: string; name: string }[]; nextCursor: string | null };
  expect(body.data.length).toBeGreaterThan(0);
  expect(body.data.length).toBeLessThanOrEqual(5);
  expect((await call()).status()).toBe(200);
  const limited = await call();
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");

  await row.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked", { timeout: 30_000 });
  const refused = await call();
  expect(refused.status()).toBe(401);
  expect((await request.get("/api/v1/projects")).status()).toBe(401);
});
