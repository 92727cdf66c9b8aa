import type { StorageConfig } from "../../lib/storage/s3-client";
import { createOrg, createProject, createUser, type FactoryDb } from "../factories";
import { HELIOS_PROJECTS } from "./demo-projects";
import { seedConsoleOrgs } from "./seed-console-orgs";
import { seedDemoStory } from "./seed-demo-story";
import { seedMarketplaceListings } from "./seed-marketplace-listings";

export const DEMO_PASSWORDLESS_NOTE = "Local mode signs in as a seeded user with one click; there are no passwords.";

/**
 * The demo tenants. Idempotent: everything is found-or-created by its natural key, nothing is
 * deleted or overwritten, so running it against a database with real data only adds what is missing.
 */
export async function seedDemoData(db: FactoryDb, storage: StorageConfig) {
  const helios = await createOrg(db, { name: "Helios Renewables", slug: "helios-renewables", type: "ALLY" });
  const heliosUsers = await Promise.all([
    createUser(db, { orgId: helios.id, role: "admin", email: "amara@helios-renewables.example", fullName: "Amara Okafor" }),
    createUser(db, { orgId: helios.id, role: "manager", email: "sarah@helios-renewables.example", fullName: "Sarah Chen" }),
    createUser(db, { orgId: helios.id, role: "analyst", email: "david@helios-renewables.example", fullName: "David Mwangi" }),
    createUser(db, { orgId: helios.id, role: "viewer", email: "tom@helios-renewables.example", fullName: "Tom Reyes" }),
  ]);
  for (const project of HELIOS_PROJECTS) await createProject(db, { ...project, orgId: helios.id });

  const andes = await createOrg(db, { name: "Andes Hydro Partners", slug: "andes-hydro-partners", type: "ALLY" });
  await createUser(db, { orgId: andes.id, role: "manager", email: "lucia@andes-hydro.example", fullName: "Lucía Fernández" });
  await createProject(db, {
    orgId: andes.id,
    slug: "rio-blanco-mini-hydro",
    name: "Río Blanco Mini Hydro",
    description: "A 4.5 MW run-of-river plant in the Los Ríos region with a community benefit-sharing agreement.",
    projectType: "HYDRO",
    stage: "DEVELOPMENT",
    country: "CL",
    region: "Los Ríos",
    capacityMw: "4.5000",
    totalInvestmentRequired: "12800000.0000",
    currency: "USD",
    isPublished: true,
  });

  const northwind = await createOrg(db, { name: "Northwind Climate Capital", slug: "northwind-climate-capital", type: "INVESTOR", subscriptionTier: "enterprise" });
  await Promise.all([
    createUser(db, { orgId: northwind.id, role: "admin", email: "james@northwind-capital.example", fullName: "James Whitfield" }),
    createUser(db, { orgId: northwind.id, role: "analyst", email: "priya@northwind-capital.example", fullName: "Priya Nair" }),
    createUser(db, { orgId: northwind.id, role: "viewer", email: "ole@northwind-capital.example", fullName: "Ole Hansen" }),
  ]);

  const platform = await createOrg(db, { name: "SCR Platform Operations", slug: "scr-platform-ops", type: "ADMIN", subscriptionTier: "enterprise" });
  const platformAdmin = await createUser(db, { orgId: platform.id, role: "admin", email: "admin@scr-platform.example", fullName: "Noor Haddad" });
  await seedConsoleOrgs(db, platformAdmin.id);
  await seedMarketplaceListings(db);

  await seedDemoStory(db, storage);
  await seedLastSignIns(
    db,
    [helios, andes, northwind, platform].map((org) => org.id),
  );

  return { orgs: [helios, andes, northwind, platform], heliosUsers };
}

/** How long before their latest seeded action a demo user is taken to have signed in. */
const SESSION_LEAD_MS = 15 * 60_000;

/**
 * The team page's "Last sign-in" follows from what the story says each person did: shortly
 * before their latest audited action, document access or AI task. Someone with no seeded
 * activity honestly shows "Never"; a sign-in recorded since the seed is left alone.
 */
async function seedLastSignIns(db: FactoryDb, orgIds: string[]) {
  const audits = await db.auditLog.groupBy({ by: ["userId"], where: { orgId: { in: orgIds }, userId: { not: null } }, _max: { timestamp: true } });
  const accesses = await db.documentAccessLog.groupBy({ by: ["userId"], where: { orgId: { in: orgIds }, userId: { not: null } }, _max: { createdAt: true } });
  const aiTasks = await db.aiTaskLog.groupBy({ by: ["triggeredBy"], where: { orgId: { in: orgIds }, triggeredBy: { not: null } }, _max: { createdAt: true } });
  const latest = new Map<string, number>();
  const note = (userId: string | null, at: Date | null) => {
    if (userId && at) latest.set(userId, Math.max(latest.get(userId) ?? 0, at.getTime()));
  };
  for (const row of audits) note(row.userId, row._max.timestamp);
  for (const row of accesses) note(row.userId, row._max.createdAt);
  for (const row of aiTasks) note(row.triggeredBy, row._max.createdAt);
  for (const [userId, at] of latest) {
    await db.user.updateMany({ where: { id: userId, orgId: { in: orgIds }, lastLoginAt: null }, data: { lastLoginAt: new Date(at - SESSION_LEAD_MS) } });
  }
}
