import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkWebhookUrl } from "@/lib/webhooks/check-webhook-url";
import { refusalOf } from "@/lib/webhooks/outbound-address-policy";
import { sendWebhookRequest } from "@/lib/webhooks/send-webhook-request";
import { startWebhookReceiver } from "../support/webhook-receiver";

const strict = { allowLoopback: false };
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());

describe("outbound webhook requests", () => {
  it.each([
    ["a private address", "http://10.0.0.1/hooks", /private/],
    ["loopback", "http://127.0.0.1:PORT/hooks", /loopback/],
    ["the metadata service", "http://169.254.169.254/latest/meta-data", /linkLocal/],
    ["IPv6 loopback", "http://[::1]:PORT/hooks", /loopback/],
    ["IPv4-mapped IPv6 loopback", "http://[::ffff:127.0.0.1]:PORT/hooks", /loopback/],
    ["loopback written as a decimal number", "http://2130706433:PORT/hooks", /loopback/],
    ["loopback written in hex", "http://0x7f.0.0.1:PORT/hooks", /loopback/],
    ["a name that resolves to loopback", "http://localhost:PORT/hooks", /resolves to a non-public address/],
  ])("refuses %s before any byte is sent", async (_what, url, reason) => {
    const before = receiver.received.length;
    const result = await sendWebhookRequest(url.replace("PORT", String(receiver.port)), "{}", {}, strict);
    expect(result).toMatchObject({ ok: false, status: null, error: expect.stringMatching(/^Refused/) });
    expect(result.ok ? "" : result.error).toMatch(reason);
    expect(receiver.received.length).toBe(before);
  });

  it("reaches loopback only where the setting allows it", async () => {
    const result = await sendWebhookRequest(`http://localhost:${receiver.port}/hooks`, '{"a":1}', { "webhook-id": "msg_1" }, { allowLoopback: true });
    expect(result).toMatchObject({ ok: true, status: 200, body: "ok" });
    expect(receiver.received.at(-1)).toMatchObject({ body: '{"a":1}', headers: { "webhook-id": "msg_1", "content-type": "application/json" } });
  });

  it("judges carrier-grade NAT, unique-local IPv6 and unspecified addresses as non-public, and public ones as fine", () => {
    expect(refusalOf("100.64.0.1", strict)).toMatch(/carrierGradeNat/);
    expect(refusalOf("fd00::1", strict)).toMatch(/uniqueLocal/);
    expect(refusalOf("0.0.0.0", strict)).toMatch(/unspecified/);
    expect(refusalOf("::ffff:10.1.2.3", strict)).toMatch(/private/);
    expect(refusalOf("93.184.215.14", strict)).toBeNull();
    expect(refusalOf("2606:2800:21f:cb07:6820:80da:af6b:8b2c", strict)).toBeNull();
  });

  it("refuses plain http and literal private addresses when subscribing", () => {
    expect(() => checkWebhookUrl("http://example.com/h", strict)).toThrow(/https/);
    expect(() => checkWebhookUrl("https://[::ffff:7f00:1]/h", strict)).toThrow(/loopback/);
    expect(checkWebhookUrl("https://hooks.example.com/scr#frag", strict)).toBe("https://hooks.example.com/scr");
  });
});
