import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import type { ApiKeyUploader } from "@/lib/dataroom/upload-document";
import { db } from "@/lib/db/client";
import { apiDocumentViewer } from "./document-viewer";

/** The key as an uploader: its org's plan (limits and quota), its clearance, and the user who created it. */
export async function toApiUploader(actor: ApiKeyActor): Promise<ApiKeyUploader> {
  const key = await db.apiKey.findFirstOrThrow({
    where: { id: actor.apiKeyId, orgId: actor.org.id },
    select: { createdBy: true, org: { select: { subscriptionTier: true } } },
  });
  return { ...actor, org: { ...actor.org, tier: key.org.subscriptionTier }, role: apiDocumentViewer(actor).role, uploadedBy: key.createdBy };
}
