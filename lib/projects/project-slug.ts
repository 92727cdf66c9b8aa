import type { Tx } from "@/lib/db/create-db-client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { slugify } from "@/lib/utils/slugify";

export const SLUG_TAKEN_MESSAGE = "That slug is already used by another project";

export const slugTaken = () => new AppError("CONFLICT", SLUG_TAKEN_MESSAGE, { fieldErrors: { slug: [SLUG_TAKEN_MESSAGE] } });

/** The name's slug, or the first free `-2`, `-3`... within the org. */
export async function freeSlug(tx: Tx, orgId: string, name: string): Promise<string> {
  const base = slugify(name, 120);
  const taken = new Set((await tx.project.findMany({ where: { orgId, slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A slug the person chose: refused, as a field error, when another project of the org has it. */
export async function assertSlugAvailable(tx: Tx, orgId: string, slug: string, exceptProjectId?: string): Promise<string> {
  const clash = await tx.project.findFirst({
    where: { orgId, slug, ...(exceptProjectId ? { id: { not: exceptProjectId } } : {}) },
    select: { id: true },
  });
  if (clash) throw slugTaken();
  return slug;
}

/** Two saves racing for one slug: the unique index decides, and the loser hears it as the same field error. */
export function toSlugConflict(error: unknown): unknown {
  const target = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? JSON.stringify(error.meta ?? {}) : "";
  return target.includes("slug") ? slugTaken() : error;
}
