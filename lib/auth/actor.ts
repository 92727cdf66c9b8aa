import type { RequestMeta, TenantContext } from "./tenant-context";

/** A tenant context plus the request facts its writes are audited with. */
export type Actor = TenantContext & { request: RequestMeta };

/** For jobs and seeds: writes attributed to the org with no user (audit user_id NULL). */
export type SystemActor = { org: { id: string }; user: null; request: RequestMeta };

export type AuditActor = Actor | SystemActor;

export function systemActor(orgId: string): SystemActor {
  return { org: { id: orgId }, user: null, request: { ipAddress: null, userAgent: "system" } };
}
