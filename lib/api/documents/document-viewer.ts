import type { ApiKeyActor } from "@/lib/auth/actor";
import { PERMISSION_MIN_ROLE } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/tenant-context";

/**
 * Whom a key reads the data room as. A key has no role, and its scope stands for the lowest role
 * holding the permission it grants: documents:write an analyst (dataroom.write), documents:read a
 * viewer. So a key sees unclassified, PUBLIC and (with documents:write) CONFIDENTIAL documents;
 * RESTRICTED and TOP_SECRET ones never leave through the API, and answer 404 as in the app.
 */
export function apiDocumentViewer(actor: ApiKeyActor): { org: { id: string }; role: Role } {
  const role = actor.scopes.includes("documents:write") ? PERMISSION_MIN_ROLE["dataroom.write"] : PERMISSION_MIN_ROLE["dataroom.read"];
  return { org: { id: actor.org.id }, role };
}
