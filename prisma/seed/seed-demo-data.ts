import { createOrg, createProject, createUser, type FactoryDb } from "../factories";
import { HELIOS_PROJECTS } from "./demo-projects";
import { seedDemoStory } from "./seed-demo-story";

export const DEMO_PASSWORDLESS_NOTE = "Local mode signs in as a seeded user with one click; there are no passwords.";

/**
 * The demo tenants. Idempotent: everything is found-or-created by its natural key, nothing is
 * deleted or overwritten, so running it against a database with real data only adds what is missing.
 */
export async function seedDemoData(db: FactoryDb) {
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
  await createUser(db, { orgId: platform.id, role: "admin", email: "admin@scr-platform.example", fullName: "Noor Haddad" });

  await seedDemoStory(db);

  return { orgs: [helios, andes, northwind, platform], heliosUsers };
}
