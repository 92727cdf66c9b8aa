import type { AccessRule } from "@/lib/access/access-rule";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";

/**
 * The org-type half of a domain's access rule, for a key: the scope stands in for the role, but an
 * investor's key still cannot reach an ally-only capability. Refused as NOT_FOUND, as assertAccess
 * refuses another kind of org in the app, so a refusal reveals nothing about the ids it carried.
 */
export function assertApiOrgType(actor: Pick<ApiKeyActor, "org">, rule: Pick<AccessRule, "feature" | "orgTypes">): void {
  if (!rule.orgTypes || rule.orgTypes.includes(actor.org.type)) return;
  throw new AppError("NOT_FOUND", `${rule.feature} is not available to ${actor.org.type} organisations.`);
}
