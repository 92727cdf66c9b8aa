import type { OrgType, RequestMeta, TenantContext } from "./tenant-context";

/**
 * Principals: who acts, for which org. Every lib function that reads or writes tenant data takes
 * one, and every audit row records its kind (audit_logs.actor_kind) and, for the kinds without a
 * user, what acted (actor_ref: the job, the share link, the API key).
 */

/** A signed-in user, from the session (Clerk or local): the tenant context plus the request facts. */
export type Actor = TenantContext & { request: RequestMeta; kind?: "user" };

/** Jobs, cron and seeds acting for one org with no user (audit user_id NULL). */
export type SystemActor = { kind: "system"; org: { id: string }; user: null; request: RequestMeta; job: string | null };

/** Someone outside the org opening a share link: the link's org, the link and the recipient it names. */
export type ShareLinkActor = { kind: "share-link"; org: { id: string }; user: null; request: RequestMeta; linkId: string; recipientEmail: string | null };

/** A program calling the public API with one of the org's keys, limited to the key's scopes. */
export type ApiKeyActor = { kind: "api-key"; org: { id: string; type: OrgType }; user: null; request: RequestMeta; apiKeyId: string; scopes: readonly string[] };

/** Someone outside the platform in one deal room by an emailed invite: the room's developer org, the guest row and its address. */
export type GuestActor = { kind: "guest"; org: { id: string }; user: null; request: RequestMeta; guestId: string; email: string };

export type Principal = Actor | SystemActor | ShareLinkActor | ApiKeyActor | GuestActor;
export type AuditActor = Principal;
export type PrincipalKind = "user" | SystemActor["kind"] | ShareLinkActor["kind"] | ApiKeyActor["kind"] | GuestActor["kind"];

export function principalKind(principal: Principal): PrincipalKind {
  return principal.kind ?? "user";
}

/** What acted, for the kinds without a user: the job, the link or the key. */
export function principalRef(principal: Principal): string | null {
  switch (principal.kind) {
    case "system":
      return principal.job;
    case "share-link":
      return principal.linkId;
    case "api-key":
      return principal.apiKeyId;
    case "guest":
      return principal.guestId;
    default:
      return null;
  }
}

export function userActor(tenant: TenantContext, request: RequestMeta): Actor {
  return { ...tenant, request, kind: "user" };
}

export function systemActor(orgId: string, job: string | null = null): SystemActor {
  return { kind: "system", org: { id: orgId }, user: null, request: { ipAddress: null, userAgent: "system" }, job };
}

export function shareLinkActor(orgId: string, link: { id: string; recipientEmail: string | null }, request: RequestMeta): ShareLinkActor {
  return { kind: "share-link", org: { id: orgId }, user: null, request, linkId: link.id, recipientEmail: link.recipientEmail };
}

export function guestActor(orgId: string, guest: { id: string; email: string }, request: RequestMeta): GuestActor {
  return { kind: "guest", org: { id: orgId }, user: null, request, guestId: guest.id, email: guest.email };
}

export function apiKeyActor(org: { id: string; type: OrgType }, key: { id: string; scopes: readonly string[] }, request: RequestMeta): ApiKeyActor {
  return { kind: "api-key", org: { id: org.id, type: org.type }, user: null, request, apiKeyId: key.id, scopes: key.scopes };
}
