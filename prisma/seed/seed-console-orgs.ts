import type { FactoryDb } from "../factories";
import { createOrg, createProject, createUser } from "../factories";
import { daysAgo, daysFromNow, demoId } from "./demo-ids";

/** The ally org e2e/admin-console.spec.ts switches features off and suspends: no other spec signs in to it. */
export const CONSOLE_DEMO_ORG = { slug: "kestrel-wind-cooperative", name: "Kestrel Wind Cooperative", user: "kwame@kestrel-wind.example", project: "Kestrel Ridge Wind" };

/**
 * Two more customers so the platform console shows the states a platform has: an ally on a trial
 * that ends in a few weeks, and an investor whose invoice is past due (read-only). Each state is
 * recorded as the console records it: an audit row in the customer's log by the platform admin.
 * The orgs the other demo stories sign in to stay active. Found-or-created like the rest.
 */
export async function seedConsoleOrgs(db: FactoryDb, platformAdminId: string) {
  const trialEndsAt = daysFromNow(40).toISOString().slice(0, 10);
  const kestrel = await createOrg(db, {
    name: CONSOLE_DEMO_ORG.name,
    slug: CONSOLE_DEMO_ORG.slug,
    type: "ALLY",
    subscriptionTier: "foundation",
    subscriptionStatus: "trial",
    settings: { trialEndsAt },
  });
  await createUser(db, { orgId: kestrel.id, role: "manager", email: CONSOLE_DEMO_ORG.user, fullName: "Kwame Mensah" });
  await createProject(db, {
    orgId: kestrel.id,
    slug: "kestrel-ridge-wind",
    name: CONSOLE_DEMO_ORG.project,
    description: "A 12 MW community wind farm on the Kestrel ridge, owned by the cooperative's 400 members.",
    projectType: "WIND",
    stage: "CONCEPT",
    country: "GH",
    region: "Volta",
    capacityMw: "12.0000",
    totalInvestmentRequired: "18500000.0000",
    currency: "USD",
  });

  const baltic = await createOrg(db, {
    name: "Baltic Offshore Ventures",
    slug: "baltic-offshore-ventures",
    type: "INVESTOR",
    subscriptionTier: "professional",
    subscriptionStatus: "past_due",
  });
  await createUser(db, { orgId: baltic.id, role: "admin", email: "ingrid@baltic-offshore.example", fullName: "Ingrid Lindqvist" });

  await db.auditLog.createMany({
    skipDuplicates: true,
    data: [
      {
        id: demoId("console/kestrel/trial"),
        orgId: kestrel.id,
        userId: platformAdminId,
        action: "organization.status_changed",
        entityType: "Organization",
        entityId: kestrel.id,
        changes: { before: { subscriptionStatus: "active", trialEndsAt: null }, after: { subscriptionStatus: "trial", trialEndsAt } },
        timestamp: daysAgo(3, 10),
      },
      {
        id: demoId("console/baltic/past-due"),
        orgId: baltic.id,
        userId: platformAdminId,
        action: "organization.status_changed",
        entityType: "Organization",
        entityId: baltic.id,
        changes: { before: { subscriptionStatus: "active", trialEndsAt: null }, after: { subscriptionStatus: "past_due", trialEndsAt: null } },
        timestamp: daysAgo(9, 15),
      },
    ],
  });
}
