import { headers } from "next/headers";
import type { RequestMeta } from "./tenant-context";

export function requestMetaFrom(h: Headers): RequestMeta {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return { ipAddress: forwarded || h.get("x-real-ip") || null, userAgent: h.get("user-agent") };
}

export async function getRequestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}
