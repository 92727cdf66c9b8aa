import type { RequestMeta } from "@/lib/auth/tenant-context";
import { downloadBlocker, isWatermarkedDownload } from "../read-document-file";
import { logSharedAccess } from "./log-shared-access";
import { resolveShareLink } from "./resolve-share-link";

export type SharedDocumentDto = {
  name: string;
  fileType: string;
  sizeBytes: number;
  version: number;
  sharerOrgName: string;
  recipientEmail: string;
  expiresAt: string;
  watermarked: boolean;
  /** False while the file is still being stored, or when a PDF to watermark could not be read. */
  downloadable: boolean;
};

/** The landing page of a share link: what the recipient may download. Opening it is logged as VIEWED. */
export async function openShareLink(token: string, request: RequestMeta): Promise<SharedDocumentDto> {
  const link = await resolveShareLink(token);
  const { document } = link;
  const watermarked = isWatermarkedDownload(document);
  await logSharedAccess(link, request, "VIEWED", { version: document.version });
  return {
    name: document.name,
    fileType: document.fileType,
    sizeBytes: document.fileSizeBytes,
    version: document.version,
    sharerOrgName: link.sharerOrgName,
    recipientEmail: link.claims.recipientEmail,
    expiresAt: link.claims.expiresAt.toISOString(),
    watermarked,
    downloadable: downloadBlocker(document) === null,
  };
}
