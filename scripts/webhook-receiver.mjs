/**
 * A webhook receiver to try deliveries locally (README, "Webhooks"): listens on PORT (default
 * 4000), checks each delivery's Standard Webhooks signature against WEBHOOK_SECRET with nothing
 * but node:crypto, and prints the event. Answers 204 when the signature holds, 400 otherwise.
 *   WEBHOOK_SECRET=whsec_... node scripts/webhook-receiver.mjs
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";

const secret = process.env.WEBHOOK_SECRET ?? "";
if (!secret.startsWith("whsec_")) throw new Error("Set WEBHOOK_SECRET to the whsec_… secret the platform showed when you subscribed.");
const key = Buffer.from(secret.slice("whsec_".length), "base64");
const TOLERANCE_SECONDS = 5 * 60;

function verify(headers, body) {
  const id = headers["webhook-id"];
  const timestamp = Number(headers["webhook-timestamp"]);
  if (!id || !Number.isFinite(timestamp)) return "missing webhook-id or webhook-timestamp";
  if (Math.abs(Date.now() / 1000 - timestamp) > TOLERANCE_SECONDS) return "timestamp too old or in the future";
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  const match = String(headers["webhook-signature"] ?? "")
    .split(" ")
    .some((entry) => {
      const [version, signature] = entry.split(",");
      const given = Buffer.from(signature ?? "", "base64");
      return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
    });
  return match ? null : "no signature matches the secret";
}

createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const problem = verify(request.headers, body);
    if (problem) {
      console.log(`refused ${request.headers["webhook-id"] ?? "?"}: ${problem}`);
      return response.writeHead(400).end(problem);
    }
    const event = JSON.parse(body);
    console.log(`signature ok: ${event.type} ${event.id} ${JSON.stringify(event.data)}`);
    response.writeHead(204).end();
  });
}).listen(Number(process.env.PORT ?? 4000), "127.0.0.1", () => console.log(`Receiving on http://127.0.0.1:${process.env.PORT ?? 4000}/hooks`));
