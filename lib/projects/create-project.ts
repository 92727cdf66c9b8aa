import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-db-client";
import { slugify } from "@/lib/utils/slugify";
import type { CreateProjectInput } from "./schemas";
import { toProjectDto } from "./to-project-dto";

/** The name's slug, or the first free `-2`, `-3`... within the org. */
async function freeSlug(tx: Tx, orgId: string, name: string): Promise<string> {
  const base = slugify(name, 120);
  const taken = new Set(
    (await tx.project.findMany({ where: { orgId, slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function createProject(actor: Actor, input: CreateProjectInput) {
  return auditedWrite(actor, async (tx) => {
    const project = await tx.project.create({
      data: { ...input, orgId: actor.org.id, slug: await freeSlug(tx, actor.org.id, input.name), status: "DRAFT" },
    });
    const dto = toProjectDto(project);
    return { result: dto, audit: { action: "project.created", entityType: "Project", entityId: project.id, changes: { after: dto } } };
  });
}
