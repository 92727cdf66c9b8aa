import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support";

type Received = { headers: Record<string, string>; body: string };

/** A receiver on loopback that fails its first request and accepts the rest. */
async function startReceiver() {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers as Record<string, string>, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(received.length === 1 ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/scr-hooks`, received, close: () => server.close() };
}

/** Standard Webhooks, checked here by hand: HMAC-SHA256 of id.timestamp.body with the secret's bytes. */
function signatureMatches(message: Received, secret: string): boolean {
  const expected = createHmac("sha256", Buffer.from(secret.slice("whsec_".length), "base64"))
    .update(`${message.headers["webhook-id"]}.${message.headers["webhook-timestamp"]}.${message.body}`)
    .digest("base64");
  return message.headers["webhook-signature"]!.split(" ").includes(`v1,${expected}`);
}

test("an admin subscribes an endpoint, sees its secret once, sends a test event that fails, redelivers it signed, and deletes the endpoint", async ({ page }) => {
  test.setTimeout(180_000);
  const receiver = await startReceiver();
  try {
    await signInAs(page, DEMO.allyAdmin);
    await page.goto("/settings/webhooks");
    await page.getByLabel("Endpoint URL").fill("https://10.1.2.3/hooks");
    await page.getByLabel("document.uploaded").check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText(/Deliveries cannot go to 10\.1\.2\.3/)).toBeVisible({ timeout: 30_000 });

    await page.getByLabel("Endpoint URL").fill(receiver.url);
    await page.getByLabel("Description").fill("E2E receiver");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByTestId("webhook-secret")).toBeVisible({ timeout: 30_000 });
    const secret = (await page.getByTestId("webhook-secret").innerText()).trim();
    expect(secret).toMatch(/^whsec_/);

    await page.getByRole("link", { name: receiver.url }).click();
    await expect(page.getByRole("heading", { name: "Delivery log" })).toBeVisible();
    await expect(page.getByText("No deliveries yet")).toBeVisible();
    await expect(page.locator("body")).not.toContainText(secret);

    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("The test event failed; it will be retried")).toBeVisible({ timeout: 30_000 });
    const failedRow = page.getByRole("row").filter({ hasText: "webhook.test" });
    await expect(failedRow).toContainText("HTTP 500");
    await expect(failedRow).toContainText("Retry scheduled");

    await failedRow.getByRole("button", { name: "Redeliver" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Delivered" })).toContainText("HTTP 204", { timeout: 30_000 });
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]!.headers["webhook-id"]).toBe(receiver.received[0]!.headers["webhook-id"]);
    expect(signatureMatches(receiver.received[1]!, secret)).toBe(true);

    await page.getByLabel("Status", { exact: true }).selectOption("delivered");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/status=delivered/);
    await expect(page.getByRole("row").filter({ hasText: "webhook.test" })).toHaveCount(1);

    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete webhook" }).click();
    await expect(page).toHaveURL(/\/settings\/webhooks$/, { timeout: 30_000 });
    await expect(page.getByRole("link", { name: receiver.url })).toHaveCount(0);
  } finally {
    receiver.close();
  }
});
