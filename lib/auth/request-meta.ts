import { headers } from "next/headers";
import { clientAddressFrom } from "./trusted-proxies";
import type { RequestMeta } from "./tenant-context";

/**
 * Who made the request, for audit and access logs. The address follows the TRUSTED_PROXIES rule
 * (lib/auth/trusted-proxies.ts), never the left-most X-Forwarded-For entry a client can write.
 * X-Real-IP is not read: a client can send it too, and Next always fills X-Forwarded-For.
 */
export function requestMetaFrom(h: Headers, env: NodeJS.ProcessEnv = process.env): RequestMeta {
  return { ipAddress: clientAddressFrom(h.get("x-forwarded-for"), env), userAgent: h.get("user-agent") };
}

export async function getRequestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}
