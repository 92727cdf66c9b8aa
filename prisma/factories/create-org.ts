import type { OrgType, SubscriptionStatus, SubscriptionTier } from "../../lib/db/generated/client";
import { type FactoryDb, uniqueSuffix } from "./types";

export type CreateOrgInput = {
  name?: string;
  slug?: string;
  type?: OrgType;
  subscriptionTier?: SubscriptionTier;
  subscriptionStatus?: SubscriptionStatus;
  settings?: object;
};

/** Creates an organisation, or returns the one with that slug (so the seed can run twice). */
export async function createOrg(db: FactoryDb, input: CreateOrgInput = {}) {
  const name = input.name ?? `Test Org ${uniqueSuffix()}`;
  const slug = input.slug ?? `org-${uniqueSuffix()}`;
  return db.organization.upsert({
    where: { slug },
    update: {},
    create: {
      name,
      slug,
      type: input.type ?? "ALLY",
      subscriptionTier: input.subscriptionTier ?? "professional",
      subscriptionStatus: input.subscriptionStatus ?? "active",
      settings: input.settings ?? { branding: { primaryColor: "#0f766e" } },
    },
  });
}
