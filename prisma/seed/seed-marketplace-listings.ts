import type { FactoryDb } from "../factories";
import type { CreateProjectInput } from "../factories/create-project";
import { createOrg, createProject, createUser } from "../factories";
import { daysAgo, demoId } from "./demo-ids";

type ListingSeed = Omit<CreateProjectInput, "orgId" | "isPublished"> & { slug: string; publishedDaysAgo: number };
type AllySeed = { slug: string; name: string; user: { email: string; fullName: string }; projects: ListingSeed[] };

/**
 * Three more developers with projects on the marketplace, so an investor browsing it meets a
 * market: several technologies, stages, regions and currencies (EUR and INR need the FX rates).
 * They have no Signal Score yet and say so; their publication is audited like any other.
 */
const ALLIES: AllySeed[] = [
  {
    slug: "sahel-solar-collective",
    name: "Sahel Solar Collective",
    user: { email: "awa@sahel-solar.example", fullName: "Awa Diop" },
    projects: [
      {
        slug: "thies-solar-storage",
        name: "Thiès Solar + Storage",
        description:
          "A 30 MW solar park with a 40 MWh battery in the Thiès region, selling to SENELEC under a 20-year PPA. Land is secured through a long lease with the rural community, the ESIA is approved, and the grid connection study confirms capacity at the Tobène substation. The battery shifts midday output into the evening peak.",
        projectType: "SOLAR",
        stage: "DEVELOPMENT",
        country: "SN",
        region: "Thiès",
        coordinates: { lat: 14.7894, lng: -16.926 },
        capacityMw: "30.0000",
        totalInvestmentRequired: "34000000.0000",
        currency: "EUR",
        targetCloseDate: "2027-09-30",
        publishedDaysAgo: 41,
        milestones: [
          { name: "Land lease signed", targetDate: "2026-02-28", status: "COMPLETED", completedDate: "2026-02-20" },
          { name: "ESIA approved", targetDate: "2026-07-31", status: "COMPLETED", completedDate: "2026-08-14" },
          { name: "PPA signed", targetDate: "2027-03-31", status: "IN_PROGRESS", completionPct: 50 },
        ],
        budget: [
          { category: "Development", description: "Studies, permits and legal", estimated: "1800000", actual: "1250000", status: "COMMITTED" },
          { category: "Equipment", description: "Modules, inverters and battery", estimated: "22000000" },
          { category: "Construction", description: "EPC works and grid connection", estimated: "10200000" },
        ],
      },
      {
        slug: "segou-mini-grids",
        name: "Ségou Solar Mini-Grids",
        description:
          "Twelve solar mini-grids of 150 to 400 kW serving 9,000 households and 600 businesses along the Niger river in the Ségou region. Tariffs are approved by the regulator, prepaid metering is in place on the two pilot sites, and a results-based grant covers a quarter of the capital cost.",
        projectType: "SOLAR",
        stage: "CONSTRUCTION",
        country: "ML",
        region: "Ségou",
        coordinates: { lat: 13.4317, lng: -6.2157 },
        capacityMw: "3.2000",
        totalInvestmentRequired: "6200000.0000",
        currency: "EUR",
        publishedDaysAgo: 12,
      },
    ],
  },
  {
    slug: "deccan-clean-power",
    name: "Deccan Clean Power",
    user: { email: "rohan@deccan-clean.example", fullName: "Rohan Iyer" },
    projects: [
      {
        slug: "anantapur-wind-solar-hybrid",
        name: "Anantapur Wind-Solar Hybrid",
        description:
          "A 150 MW wind and solar hybrid plant in Anantapur, Andhra Pradesh, with a 25-year PPA awarded in a SECI auction. Wind turbines and solar arrays share one substation and transmission line, so the plant reaches a capacity factor near 45%. Land acquisition is 80% complete and the turbine supply agreement is signed.",
        projectType: "WIND",
        stage: "DEVELOPMENT",
        country: "IN",
        region: "Andhra Pradesh",
        coordinates: { lat: 14.6819, lng: 77.6006 },
        capacityMw: "150.0000",
        totalInvestmentRequired: "9800000000.0000",
        currency: "INR",
        targetCloseDate: "2027-06-30",
        publishedDaysAgo: 27,
        milestones: [
          { name: "SECI auction won", targetDate: "2026-01-31", status: "COMPLETED", completedDate: "2026-01-15" },
          { name: "Land acquisition complete", targetDate: "2026-12-31", status: "IN_PROGRESS", completionPct: 80 },
        ],
      },
      {
        slug: "pune-ev-charging-network",
        name: "Pune EV Charging Network",
        description:
          "140 fast-charging points at fuel stations, malls and fleet depots across Pune, with a revenue-share agreement with two ride-hailing fleets that guarantees a base utilisation. Phase one, 40 points, has run for a year at 31% utilisation; this raise funds the remaining 100 points and the grid upgrades they need.",
        projectType: "EV_CHARGING",
        stage: "OPERATIONAL",
        country: "IN",
        region: "Maharashtra",
        coordinates: { lat: 18.5204, lng: 73.8567 },
        capacityMw: "8.4000",
        totalInvestmentRequired: "1150000000.0000",
        currency: "INR",
        publishedDaysAgo: 5,
      },
    ],
  },
  {
    slug: "iberia-agrivoltaics",
    name: "Iberia Agrivoltaics",
    user: { email: "marta@iberia-agrivoltaics.example", fullName: "Marta Soler" },
    projects: [
      {
        slug: "alentejo-agrivoltaic",
        name: "Alentejo Agrivoltaic Farm",
        description:
          "A 45 MW agrivoltaic plant over olive groves and grazing land near Évora, with raised trackers that leave room for farming underneath. A 10-year corporate PPA covers 70% of the output; the rest sells at market. The grid connection is reserved and the environmental licence was granted in September.",
        projectType: "SOLAR",
        stage: "CONSTRUCTION",
        country: "PT",
        region: "Alentejo",
        coordinates: { lat: 38.5714, lng: -7.9135 },
        capacityMw: "45.0000",
        totalInvestmentRequired: "38500000.0000",
        currency: "EUR",
        targetCloseDate: "2027-02-28",
        publishedDaysAgo: 63,
      },
      {
        slug: "navarra-green-hydrogen",
        name: "Navarra Green Hydrogen Hub",
        description:
          "A 20 MW electrolyser fed by existing wind farms in Navarra, producing 2,900 tonnes of green hydrogen a year for a nearby steel plant and a bus fleet. The offtake letter of intent is signed and an EU Innovation Fund grant application is in the second round.",
        projectType: "GREEN_HYDROGEN",
        stage: "CONCEPT",
        country: "ES",
        region: "Navarra",
        coordinates: { lat: 42.6954, lng: -1.6761 },
        capacityMw: "20.0000",
        totalInvestmentRequired: "52000000.0000",
        currency: "EUR",
        publishedDaysAgo: 2,
      },
    ],
  },
];

export async function seedMarketplaceListings(db: FactoryDb) {
  for (const ally of ALLIES) {
    const org = await createOrg(db, { name: ally.name, slug: ally.slug, type: "ALLY" });
    const user = await createUser(db, { orgId: org.id, role: "manager", ...ally.user });
    for (const { publishedDaysAgo, ...seed } of ally.projects) {
      const project = await createProject(db, { ...seed, orgId: org.id, isPublished: true });
      const publishedAt = daysAgo(publishedDaysAgo, 10);
      if (!project.publishedAt || project.publishedAt > publishedAt) {
        const createdAt = new Date(publishedAt.getTime() - 30 * 86_400_000);
        await db.project.updateMany({ where: { id: project.id, orgId: org.id }, data: { publishedAt, createdAt } });
      }
      await db.auditLog.createMany({
        skipDuplicates: true,
        data: [
          {
            id: demoId(`marketplace/${seed.slug}/published`),
            orgId: org.id,
            userId: user.id,
            action: "project.published",
            entityType: "Project",
            entityId: project.id,
            changes: { before: { isPublished: false, publishedAt: null }, after: { isPublished: true, publishedAt: publishedAt.toISOString() } },
            timestamp: publishedAt,
          },
        ],
      });
    }
  }
}
