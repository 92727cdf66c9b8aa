import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { getHoldableProjectOrThrow } from "../get-holdable-project-or-throw";

export type HoldableProject = { id: string; name: string; currency: string };
export type ProjectResolution = { project: HoldableProject } | { error: string };

const key = (ref: string) => ref.trim().toLowerCase();

/**
 * The projects an import names, by id or by name (case aside), each through the add-holding form's
 * gate (getHoldableProjectOrThrow: the org's pipeline or the marketplace). A name that two such
 * projects share is refused: the file must give that one's id.
 */
export async function resolveHoldableProjects(scope: Pick<TenantContext, "org">, refs: readonly string[]): Promise<Map<string, ProjectResolution>> {
  const distinct = [...new Set(refs.map(key))].filter(Boolean);
  const names = distinct.filter((ref) => !looksLikeUuid(ref));
  const byName = new Map<string, Set<string>>(names.map((name) => [name, new Set()]));
  if (names.length > 0) {
    const named = { OR: names.map((name) => ({ name: { equals: name, mode: "insensitive" as const } })) };
    const [pipeline, listed] = await Promise.all([
      db.dealPipelineEntry.findMany({ where: { orgId: scope.org.id, project: named }, select: { project: { select: { id: true, name: true } } } }),
      db.project.findMany({ where: { isPublished: true, status: "ACTIVE", ...named }, select: { id: true, name: true } }),
    ]);
    for (const project of [...pipeline.map((entry) => entry.project), ...listed]) byName.get(key(project.name))?.add(project.id);
  }
  const ids = new Set([...distinct.filter(looksLikeUuid), ...[...byName.values()].flatMap((set) => [...set])]);
  const holdable = new Map<string, HoldableProject | null>();
  for (const id of ids) {
    holdable.set(
      id,
      await getHoldableProjectOrThrow(scope, id).catch((error: unknown) => {
        if (isAppError(error) && error.code === "NOT_FOUND") return null;
        throw error;
      }),
    );
  }
  const resolved = new Map<string, ProjectResolution>();
  for (const ref of distinct) {
    const candidates = (looksLikeUuid(ref) ? [ref] : [...byName.get(ref)!]).map((id) => holdable.get(id)).filter((p): p is HoldableProject => !!p);
    if (candidates.length === 1) resolved.set(ref, { project: candidates[0]! });
    else if (candidates.length > 1)
      resolved.set(ref, { error: `${candidates.length} projects you can hold are named "${candidates[0]!.name}": give the project's id instead.` });
    else resolved.set(ref, { error: "No project in your pipeline or on the marketplace has this name or id." });
  }
  return resolved;
}

export const projectRefKey = key;
