/**
 * Bulk projects for benchmarks: deterministic (seeded PRNG), varied like a real portfolio, and
 * written with createMany in batches so 10,000 rows load in seconds.
 */
import type { DbClient } from "../lib/db/create-db-client";
import type { Prisma } from "../lib/db/generated/client";
import { PROJECT_STAGES, PROJECT_STATUSES, PROJECT_TYPES } from "../lib/projects/schemas";

const PLACES = [
  "Turkana",
  "Kisumu",
  "Garissa",
  "Nakuru",
  "Mombasa",
  "Atacama",
  "Cusco",
  "Arequipa",
  "Sonora",
  "Oaxaca",
  "Ouarzazate",
  "Tangier",
  "Kano",
  "Accra",
  "Kumasi",
  "Dodoma",
  "Arusha",
  "Lusaka",
  "Ndola",
  "Gujarat",
  "Rajasthan",
  "Mindanao",
  "Luzon",
  "Java",
  "Sumatra",
  "Ceará",
  "Bahia",
  "Patagonia",
  "Andalusia",
  "Anatolia",
];
const SUFFIXES = ["Park", "Farm", "Portfolio", "Plant", "Expansion", "Phase II", "Cluster", "Hub", "Programme", "Initiative"];
const COUNTRIES = ["KE", "KE", "KE", "UG", "TZ", "NG", "GH", "ZA", "ZM", "MA", "EG", "CL", "PE", "MX", "BR", "CO", "IN", "IN", "PH", "ID", "VN", "TR", "ES", "PT", "US"];
const PHRASES = [
  "with a signed land lease and grid study",
  "selling power under a 20-year PPA to the national offtaker",
  "backed by a development finance institution term sheet",
  "serving industrial customers through a private wire",
  "with an environmental and social impact assessment approved",
  "combining storage for evening peak shaving",
  "in a region with strong irradiation and wind resource",
  "with community benefit sharing agreed with local authorities",
];
const STATUS_WEIGHTS = [30, 45, 15, 10];

function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchProjects(orgId: string, count: number, seed = 42): Prisma.ProjectCreateManyInput[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const weighted = <T>(items: readonly T[], weights: number[]) => {
    let roll = random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i += 1) if ((roll -= weights[i]) < 0) return items[i];
    return items[items.length - 1];
  };
  const now = Date.UTC(2026, 10, 1);
  return Array.from({ length: count }, (_, index) => {
    const type = pick(PROJECT_TYPES);
    const place = pick(PLACES);
    const name = `${place} ${type.charAt(0) + type.slice(1).toLowerCase().replace(/_/g, " ")} ${pick(SUFFIXES)} ${index + 1}`;
    const updatedAt = new Date(now - Math.floor(random() * 400 * 86_400_000));
    const published = random() < 0.3;
    return {
      orgId,
      name,
      slug: `bench-${index + 1}`,
      description: `${name}: a ${Math.ceil(random() * 200)} MW ${type.toLowerCase().replace(/_/g, " ")} project near ${place} ${pick(PHRASES)}, ${pick(PHRASES)}.`,
      projectType: type,
      status: weighted(PROJECT_STATUSES, STATUS_WEIGHTS),
      stage: pick(PROJECT_STAGES),
      geographyCountry: pick(COUNTRIES),
      geographyRegion: place,
      capacityMw: (random() * 250).toFixed(4),
      totalInvestmentRequired: (Math.floor(random() * 500_000_000_0000) / 10_000).toFixed(4),
      currency: pick(["USD", "USD", "EUR", "KES"]),
      targetCloseDate: random() < 0.2 ? null : new Date(now + Math.floor(random() * 900) * 86_400_000),
      isPublished: published,
      publishedAt: published ? updatedAt : null,
      createdAt: updatedAt,
      updatedAt,
    };
  });
}

export async function seedBenchProjects(db: DbClient, orgId: string, count: number, seed?: number): Promise<void> {
  const rows = benchProjects(orgId, count, seed);
  for (let start = 0; start < rows.length; start += 1000) {
    await db.project.createMany({ data: rows.slice(start, start + 1000) });
  }
}
