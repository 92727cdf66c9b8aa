import "server-only";
import type { AccessRule } from "@/lib/access/access-rule";
import { FEATURE_FLAGS } from "@/lib/access/feature-flags";
import { resolveFeatureFlags } from "@/lib/access/resolve-feature-flags";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertApiOrgType } from "./assert-api-org-type";

/**
 * A domain's access rule for a key, less the role (the scope stands for it): the org type (404, as
 * in the app) and the feature flag, resolved from the org's rows and plan as a session's are.
 */
export async function assertApiFeature(actor: ApiKeyActor, rule: Pick<AccessRule, "feature" | "orgTypes" | "flag">): Promise<void> {
  assertApiOrgType(actor, rule);
  if (!rule.flag) return;
  const org = await db.organization.findUniqueOrThrow({
    where: { id: actor.org.id },
    select: { subscriptionTier: true, featureFlags: { select: { featureKey: true, isEnabled: true } } },
  });
  if (resolveFeatureFlags(org.subscriptionTier, org.featureFlags)[rule.flag]) return;
  throw new AppError("FORBIDDEN", `${FEATURE_FLAGS[rule.flag].label} is turned off for your organisation, or outside its plan.`);
}
