import { auditedWrite } from "@/lib/audit/audited-write";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import type { UpdateListingSettingsInput } from "./schemas";

export type ListingSettingsDto = Omit<UpdateListingSettingsInput, "projectId">;

const DEFAULTS: ListingSettingsDto = { showMilestones: true, showBudget: true, showSignalScore: true, showDocuments: true };

export async function getListingSettings(tenant: Parameters<typeof getProjectOrThrow>[0], projectId: string): Promise<ListingSettingsDto> {
  const project = await getProjectOrThrow(tenant, projectId);
  const row = await db.projectMarketplaceSettings.findUnique({ where: { projectId: project.id } });
  return row ? { showMilestones: row.showMilestones, showBudget: row.showBudget, showSignalScore: row.showSignalScore, showDocuments: row.showDocuments } : DEFAULTS;
}

/** The ally's choice of what investors see of the project beyond its overview and map pin. */
export async function updateListingSettings(actor: Actor, input: UpdateListingSettingsInput): Promise<ListingSettingsDto> {
  const project = await getProjectOrThrow(actor, input.projectId);
  const { projectId: _id, ...settings } = input;
  return auditedWrite(actor, async (tx) => {
    const before = await tx.projectMarketplaceSettings.findUnique({ where: { projectId: project.id } });
    await tx.projectMarketplaceSettings.upsert({ where: { projectId: project.id }, create: { projectId: project.id, ...settings }, update: settings });
    const previous = before
      ? { showMilestones: before.showMilestones, showBudget: before.showBudget, showSignalScore: before.showSignalScore, showDocuments: before.showDocuments }
      : DEFAULTS;
    return {
      result: settings,
      audit: { action: "project.listing_settings_changed", entityType: "Project", entityId: project.id, changes: { before: previous, after: settings } },
    };
  });
}
