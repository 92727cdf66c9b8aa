import { z } from "zod";
import { CLASSIFICATIONS } from "@/lib/dataroom/access-rules";

const DOCUMENT_STATUSES = ["UPLOADING", "PROCESSING", "READY", "ERROR"] as const;

/** A data-room document's metadata (toDocumentDto's shape); never its content. */
export const apiDocumentSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    fileType: z.string().meta({ description: "Detected from the content: pdf, docx, xlsx, png, ..." }),
    mimeType: z.string(),
    sizeBytes: z.number().int(),
    version: z.number().int(),
    parentVersionId: z.uuid().nullable().meta({ description: "The version this one replaced." }),
    status: z.enum(DOCUMENT_STATUSES),
    classification: z.enum(CLASSIFICATIONS as [string, ...string[]]).nullable(),
    watermarkEnabled: z.boolean(),
    folderId: z.uuid().nullable().meta({ description: "null: the room's top level." }),
    projectId: z.uuid().nullable(),
    portfolioId: z.uuid().nullable(),
    checksumSha256: z.string(),
    uploadedBy: z.uuid(),
    uploaderName: z.string().nullable(),
    errorMessage: z.string().nullable(),
    progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Document" });

export const apiDocumentDownloadSchema = z
  .object({
    url: z.url().meta({ description: "Fetch with a plain GET, no Authorization header; it stops working at expiresAt." }),
    expiresAt: z.iso.datetime(),
    name: z.string(),
    mimeType: z.string(),
    sizeBytes: z.number().int(),
  })
  .meta({ id: "DocumentDownload" });
