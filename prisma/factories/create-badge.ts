import type { Prisma } from "../../lib/db/generated/client";
import { type FactoryDb, uniqueSuffix } from "./types";

export type CreateBadgeInput = { slug?: string; name?: string; category?: string; criteria?: Prisma.InputJsonValue; points?: number; rarity?: string };

/** Creates a badge definition, or returns the one with that slug. */
export async function createBadge(db: FactoryDb, input: CreateBadgeInput = {}) {
  const slug = input.slug ?? `badge-${uniqueSuffix()}`;
  return db.badge.upsert({
    where: { slug },
    update: {},
    create: {
      slug,
      name: input.name ?? slug,
      category: input.category ?? "onboarding",
      criteria: input.criteria ?? { event: "project.created", count: 1 },
      points: input.points ?? 10,
      rarity: input.rarity ?? "common",
    },
  });
}
