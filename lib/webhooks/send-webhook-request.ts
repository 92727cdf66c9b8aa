import "server-only";
import { type LookupAddress, lookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIpLiteral, type OutboundPolicy, refusalOf, refusalOfAny } from "./outbound-address-policy";

export const WEBHOOK_TIMEOUT_MS = 10_000;
const KEPT_BODY_CHARS = 1000;
const MAX_READ_BYTES = 64 * 1024;

export type WebhookResponse = { ok: true; status: number; body: string } | { ok: false; status: number | null; body: string | null; error: string };

export class RefusedAddressError extends Error {}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * The address check runs inside the connection's own DNS lookup, so the IP that was judged is the
 * one connected to: a name cannot resolve to a public address for the check and a private one
 * for the connect (DNS rebinding). Literal IPs skip lookup in Node, so they are judged first.
 */
function guardedLookup(policy: OutboundPolicy) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
    lookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, []);
      const refusal = refusalOfAny(addresses, policy);
      if (refusal) return callback(new RefusedAddressError(`Refused: ${hostname} resolves to a non-public address (${refusal}).`), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** One POST of a signed delivery: never follows redirects, gives up after 10 s, keeps the first 1000 characters of the answer. */
export function sendWebhookRequest(url: string, body: string, headers: Record<string, string>, policy: OutboundPolicy): Promise<WebhookResponse> {
  const target = new URL(url);
  if (isIpLiteral(target.hostname)) {
    const refusal = refusalOf(target.hostname, policy);
    if (refusal) return Promise.resolve({ ok: false, status: null, body: null, error: `Refused: ${refusal}.` });
  }
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "SCR-Platform-Webhooks/1", ...headers, "content-length": Buffer.byteLength(body) },
        lookup: guardedLookup(policy) as never,
        timeout: WEBHOOK_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          if (read < MAX_READ_BYTES) chunks.push(chunk);
          read += chunk.length;
        });
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString("utf8").slice(0, KEPT_BODY_CHARS);
          resolve(status >= 200 && status < 300 ? { ok: true, status, body: text } : { ok: false, status, body: text, error: `The endpoint answered ${status}.` });
        });
        response.on("error", (error) => resolve({ ok: false, status: response.statusCode ?? null, body: null, error: error.message }));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`No answer within ${WEBHOOK_TIMEOUT_MS / 1000} s.`)));
    request.on("error", (error) => resolve({ ok: false, status: null, body: null, error: error.message }));
    request.end(body);
  });
}
