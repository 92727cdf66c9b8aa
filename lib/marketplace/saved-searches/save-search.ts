import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { MAX_SAVED_SEARCHES, getSavedSearchOrThrow } from "./list-saved-searches";
import { normalizeSavedQuery } from "./normalize-saved-query";
import type { CreateSavedSearchInput, UpdateSavedSearchInput } from "./schemas";

/** Saves the marketplace's current search; projects published afterwards that fit it notify the owner (when `notify`). */
export async function createSavedSearch(actor: Actor, input: CreateSavedSearchInput) {
  const query = normalizeSavedQuery(input.query);
  return auditedWrite(actor, async (tx) => {
    const owned = await tx.savedSearch.count({ where: { orgId: actor.org.id, userId: actor.user.id } });
    if (owned >= MAX_SAVED_SEARCHES) throw new AppError("VALIDATION", `You have ${MAX_SAVED_SEARCHES} saved searches, the most there can be: delete one first.`);
    const row = await tx.savedSearch.create({ data: { orgId: actor.org.id, userId: actor.user.id, name: input.name, query, notify: input.notify } });
    return {
      result: { id: row.id },
      audit: { action: "saved_search.created", entityType: "SavedSearch", entityId: row.id, changes: { after: { name: row.name, query, notify: row.notify } } },
    };
  });
}

export async function updateSavedSearch(actor: Actor, input: UpdateSavedSearchInput) {
  const before = await getSavedSearchOrThrow(actor, input.savedSearchId);
  const data = { ...(input.name !== undefined ? { name: input.name } : {}), ...(input.notify !== undefined ? { notify: input.notify } : {}) };
  return auditedWrite(actor, async (tx) => {
    // Turning notices back on starts from now: the projects published meanwhile were not asked for.
    const restart = input.notify === true && !before.notify ? { lastNotifiedAt: new Date() } : {};
    await tx.savedSearch.updateMany({ where: { id: before.id, orgId: actor.org.id, userId: actor.user.id }, data: { ...data, ...restart } });
    return {
      result: { id: before.id },
      audit: {
        action: "saved_search.updated",
        entityType: "SavedSearch",
        entityId: before.id,
        changes: { before: { name: before.name, notify: before.notify }, after: data },
      },
    };
  });
}

export async function deleteSavedSearch(actor: Actor, savedSearchId: string) {
  const before = await getSavedSearchOrThrow(actor, savedSearchId);
  return auditedWrite(actor, async (tx) => {
    await tx.savedSearch.deleteMany({ where: { id: before.id, orgId: actor.org.id, userId: actor.user.id } });
    return {
      result: { id: before.id },
      audit: { action: "saved_search.deleted", entityType: "SavedSearch", entityId: before.id, changes: { before: { name: before.name, query: before.query } } },
    };
  });
}
