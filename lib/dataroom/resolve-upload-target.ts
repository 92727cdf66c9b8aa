import type { Actor } from "@/lib/auth/actor";
import type { DocumentClassification } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { assertMayClassify } from "./access-rules";
import { getFolderOrThrow } from "./get-folder-or-throw";
import { latestVersionOf } from "./list-document-versions";
import type { UploadParams } from "./schemas";

export type UploadTarget = {
  projectId: string;
  folderId: string | null;
  parent: { id: string; version: number } | null;
  classification: DocumentClassification | null;
  watermarkEnabled: boolean;
};

/**
 * Where an upload goes, checked against the tenant before a byte is stored. A new version goes
 * on top of the chain's newest version, in its folder, keeping its classification and watermark.
 */
export async function resolveUploadTarget(actor: Actor, params: UploadParams): Promise<UploadTarget> {
  if (params.parentDocumentId) {
    const parent = await latestVersionOf(actor, params.parentDocumentId);
    if (!parent.projectId) throw new AppError("VALIDATION", "Only project documents can take new versions here.");
    return {
      projectId: parent.projectId,
      folderId: parent.folderId,
      parent: { id: parent.id, version: parent.version },
      classification: parent.classification,
      watermarkEnabled: parent.watermarkEnabled,
    };
  }
  const project = await getProjectOrThrow(actor, params.projectId!);
  if (params.folderId) {
    const folder = await getFolderOrThrow(actor, params.folderId);
    if (folder.projectId !== project.id) throw new AppError("VALIDATION", "The folder belongs to another project.");
  }
  const classification = params.classification ?? null;
  assertMayClassify(actor.role, classification);
  return { projectId: project.id, folderId: params.folderId ?? null, parent: null, classification, watermarkEnabled: params.watermark === "true" };
}
