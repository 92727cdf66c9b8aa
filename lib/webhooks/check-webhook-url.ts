import { AppError } from "@/lib/errors/app-error";
import { isIpLiteral, type OutboundPolicy, outboundPolicyFromEnv, refusalOf } from "./outbound-address-policy";

const refuse = (message: string) => new AppError("VALIDATION", message, { fieldErrors: { url: [message] } });

/**
 * What can be told before any delivery: HTTPS (plain HTTP only where loopback is allowed, for
 * local receivers), no credentials in the URL, and no literal private address. A name is judged
 * on what it resolves to at each delivery, since DNS can change after this check.
 */
export function checkWebhookUrl(raw: string, policy: OutboundPolicy = outboundPolicyFromEnv()): string {
  const url = new URL(raw);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && policy.allowLoopback)) throw refuse("Webhook endpoints must use https://.");
  if (url.username || url.password) throw refuse("Leave credentials out of the URL: verify deliveries by their signature instead.");
  if (isIpLiteral(url.hostname)) {
    const refusal = refusalOf(url.hostname, policy);
    if (refusal) throw refuse(`Deliveries cannot go to ${url.hostname}: ${refusal.replace(/^.*? is /, "it is ")}.`);
  }
  url.hash = "";
  return url.toString();
}
