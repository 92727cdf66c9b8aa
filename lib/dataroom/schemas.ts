import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { normalizeFileName } from "@/lib/utils/normalize-file-name";

const folderName = z
  .string()
  .trim()
  .min(1, "Enter a folder name.")
  .max(255, "Keep the name under 255 characters.")
  .regex(/^[^/\\]+$/, "A folder name cannot contain / or \\.")
  .refine(hasNoNul, NUL_MESSAGE)
  .transform((name) => normalizeFileName(name));

/** A data room as client components name it (RoomRef in ./rooms/room-ref). */
export const roomRefSchema = z.object({
  kind: z.enum(["project", "portfolio"], "Choose a project or a portfolio."),
  id: z.uuid("Unknown data room."),
});

export const createFolderSchema = z.object({
  room: roomRefSchema,
  parentFolderId: z.uuid("Unknown folder.").nullable(),
  name: folderName,
});
export type CreateFolderInput = z.infer<typeof createFolderSchema>;

export const renameFolderSchema = z.object({ folderId: z.uuid("Unknown folder."), name: folderName });
export type RenameFolderInput = z.infer<typeof renameFolderSchema>;

export const moveFolderSchema = z.object({ folderId: z.uuid("Unknown folder."), parentFolderId: z.uuid("Unknown folder.").nullable() });
export type MoveFolderInput = z.infer<typeof moveFolderSchema>;

export const deleteFolderSchema = z.object({ folderId: z.uuid("Unknown folder."), moveContentsToParent: z.boolean().default(false) });
export type DeleteFolderInput = z.infer<typeof deleteFolderSchema>;

export const documentIdSchema = z.object({ documentId: z.uuid("Unknown document.") });

export const moveDocumentSchema = z.object({ documentId: z.uuid("Unknown document."), folderId: z.uuid("Unknown folder.").nullable() });
export type MoveDocumentInput = z.infer<typeof moveDocumentSchema>;

/** Watermarking after upload: for the document's whole version chain. */
export const setDocumentWatermarkSchema = z.object({ documentId: z.uuid("Unknown document."), enabled: z.boolean("Say whether to watermark.") });
export type SetDocumentWatermarkInput = z.infer<typeof setDocumentWatermarkSchema>;

export const recordPrintSchema = documentIdSchema.extend({
  page: z.number().int().min(1).max(100_000).optional(),
  via: z.enum(["button", "browser"], "Say how the print started."),
});

export const CLASSIFICATION_VALUES = ["PUBLIC", "CONFIDENTIAL", "RESTRICTED", "TOP_SECRET"] as const;

/** The query string of an upload: the body is the file itself, streamed. */
export const uploadParamsSchema = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1, "The file has no name.")
      .max(500, "Keep the file name under 500 characters.")
      .transform((name) => normalizeFileName(name)),
    projectId: z.uuid("Unknown project.").optional(),
    portfolioId: z.uuid("Unknown portfolio.").optional(),
    folderId: z.uuid("Unknown folder.").optional(),
    parentDocumentId: z.uuid("Unknown document.").optional(),
    classification: z.enum(CLASSIFICATION_VALUES, "Choose a classification.").optional(),
    watermark: z.enum(["true", "false"]).optional(),
  })
  .refine((p) => p.projectId || p.portfolioId || p.parentDocumentId, { message: "Choose a project or portfolio.", path: ["projectId"] })
  .refine((p) => !(p.projectId && p.portfolioId), { message: "A document belongs to a project or a portfolio, not both.", path: ["portfolioId"] });
export type UploadParams = z.infer<typeof uploadParamsSchema>;

const coordinate = z.number("Enter a number.").finite().min(0).max(100_000);

export const createAnnotationSchema = z
  .object({
    documentId: z.uuid("Unknown document."),
    type: z.enum(["HIGHLIGHT", "COMMENT", "BOOKMARK"], "Choose highlight, comment or bookmark."),
    pageNumber: z.number().int("Pick a page.").min(1, "Pick a page.").max(100_000),
    /** PDF user-space units: origin bottom-left, as pdfjs's convertToPdfPoint gives them. */
    position: z.object({ x: coordinate, y: coordinate, width: coordinate, height: coordinate }),
    text: z.string().trim().max(5000, "Keep the note under 5,000 characters.").refine(hasNoNul, NUL_MESSAGE).optional(),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #FACC15.")
      .optional(),
  })
  .refine((a) => a.type !== "COMMENT" || Boolean(a.text), { message: "Write the comment.", path: ["text"] });
export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>;

export const annotationIdSchema = z.object({ annotationId: z.uuid("Unknown annotation.") });

export const reviewRedactionSchema = z.object({
  jobId: z.uuid("Unknown redaction job."),
  approvedIds: z.array(z.string().regex(/^[0-9a-f]{16}$/, "Unknown detection.")).max(5000),
});
