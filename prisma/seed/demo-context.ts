import type { FactoryDb } from "../factories";

const ORG_SLUGS = {
  helios: "helios-renewables",
  andes: "andes-hydro-partners",
  northwind: "northwind-climate-capital",
  platform: "scr-platform-ops",
} as const;

const USER_EMAILS = {
  amara: "amara@helios-renewables.example",
  sarah: "sarah@helios-renewables.example",
  david: "david@helios-renewables.example",
  tom: "tom@helios-renewables.example",
  lucia: "lucia@andes-hydro.example",
  james: "james@northwind-capital.example",
  priya: "priya@northwind-capital.example",
  ole: "ole@northwind-capital.example",
  noor: "admin@scr-platform.example",
} as const;

const PROJECT_SLUGS = {
  turkana: ["helios", "turkana-solar-park"],
  riftValley: ["helios", "rift-valley-wind"],
  mombasa: ["helios", "mombasa-port-battery"],
  mtElgon: ["helios", "mt-elgon-run-of-river"],
  biomass: ["helios", "western-kenya-biomass-chp"],
  kisumu: ["helios", "kisumu-rooftop-solar"],
  rioBlanco: ["andes", "rio-blanco-mini-hydro"],
} as const;

type OrgKey = keyof typeof ORG_SLUGS;
export type DemoProject = { id: string; orgId: string; name: string; currency: string };

/** The ids of the demo tenants the rest of the story hangs on (created earlier in seedDemoData). */
export type DemoContext = {
  orgs: Record<OrgKey, string>;
  users: Record<keyof typeof USER_EMAILS, string>;
  projects: Record<keyof typeof PROJECT_SLUGS, DemoProject>;
};

function mapKeys<K extends string, V, R>(source: Record<K, V>, pick: (value: V, key: K) => R): Record<K, R> {
  return Object.fromEntries(Object.entries(source).map(([key, value]) => [key, pick(value as V, key as K)])) as Record<K, R>;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo seed: ${what} is missing; seedDemoData creates it first.`);
  return value;
}

export async function loadDemoContext(db: FactoryDb): Promise<DemoContext> {
  const orgRows = await db.organization.findMany({ where: { slug: { in: Object.values(ORG_SLUGS) } }, select: { id: true, slug: true } });
  const orgs = mapKeys(ORG_SLUGS, (slug) => required(orgRows.find((o) => o.slug === slug)?.id, `organisation ${slug}`));
  const userRows = await db.user.findMany({ where: { email: { in: Object.values(USER_EMAILS) } }, select: { id: true, email: true } });
  const projectRows = await db.project.findMany({
    where: { orgId: { in: [orgs.helios, orgs.andes] }, slug: { in: Object.values(PROJECT_SLUGS).map(([, slug]) => slug) } },
    select: { id: true, orgId: true, slug: true, name: true, currency: true },
  });
  return {
    orgs,
    users: mapKeys(USER_EMAILS, (email) => required(userRows.find((u) => u.email === email)?.id, `user ${email}`)),
    projects: mapKeys(PROJECT_SLUGS, ([org, slug]) => {
      const row = required(
        projectRows.find((p) => p.orgId === orgs[org as OrgKey] && p.slug === slug),
        `project ${slug}`,
      );
      return { id: row.id, orgId: row.orgId, name: row.name, currency: row.currency };
    }),
  };
}
