"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { createAnnotation } from "./create-annotation";
import { createFolder } from "./create-folder";
import { deleteAnnotation } from "./delete-annotation";
import { deleteDocument } from "./delete-document";
import { deleteFolder } from "./delete-folder";
import { moveDocument } from "./move-document";
import { moveFolder } from "./move-folder";
import { recordDocumentPrint } from "./record-document-print";
import { reviewRedaction } from "./redaction/review-redaction";
import { startRedaction } from "./redaction/start-redaction";
import { renameFolder } from "./rename-folder";
import { setDocumentWatermark } from "./set-document-watermark";
import {
  annotationIdSchema,
  createAnnotationSchema,
  createFolderSchema,
  deleteFolderSchema,
  documentIdSchema,
  moveDocumentSchema,
  moveFolderSchema,
  recordPrintSchema,
  renameFolderSchema,
  reviewRedactionSchema,
  setDocumentWatermarkSchema,
} from "./schemas";
import { dataroomAccess } from "./access";

const write = (actionName: string) => ({ actionName, access: dataroomAccess.write });

export const createFolderAction = orgActionClient
  .metadata(write("createFolder"))
  .inputSchema(createFolderSchema)
  .action(async ({ parsedInput, ctx }) => {
    const folder = await createFolder(ctx.actor, parsedInput);
    revalidatePath("/dataroom");
    return folder;
  });

export const renameFolderAction = orgActionClient
  .metadata(write("renameFolder"))
  .inputSchema(renameFolderSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await renameFolder(ctx.actor, parsedInput);
    revalidatePath("/dataroom");
    return result;
  });

export const moveFolderAction = orgActionClient
  .metadata(write("moveFolder"))
  .inputSchema(moveFolderSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await moveFolder(ctx.actor, parsedInput);
    revalidatePath("/dataroom");
    return result;
  });

export const deleteFolderAction = orgActionClient
  .metadata(write("deleteFolder"))
  .inputSchema(deleteFolderSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await deleteFolder(ctx.actor, parsedInput);
    revalidatePath("/dataroom");
    return result;
  });

export const moveDocumentAction = orgActionClient
  .metadata(write("moveDocument"))
  .inputSchema(moveDocumentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await moveDocument(ctx.actor, parsedInput);
    revalidatePath("/dataroom");
    return result;
  });

export const deleteDocumentAction = orgActionClient
  .metadata(write("deleteDocument"))
  .inputSchema(documentIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await deleteDocument(ctx.actor, parsedInput.documentId);
    revalidatePath("/dataroom");
    return result;
  });

export const setDocumentWatermarkAction = orgActionClient
  .metadata(write("setDocumentWatermark"))
  .inputSchema(setDocumentWatermarkSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setDocumentWatermark(ctx.actor, parsedInput);
    revalidatePath("/dataroom");
    return result;
  });

export const createAnnotationAction = orgActionClient
  .metadata(write("createAnnotation"))
  .inputSchema(createAnnotationSchema)
  .action(async ({ parsedInput, ctx }) => createAnnotation(ctx.actor, parsedInput));

export const deleteAnnotationAction = orgActionClient
  .metadata(write("deleteAnnotation"))
  .inputSchema(annotationIdSchema)
  .action(async ({ parsedInput, ctx }) => deleteAnnotation(ctx.actor, parsedInput.annotationId));

// Printing needs only read access: whoever may view a document may print it, and every print is logged.
export const recordPrintAction = orgActionClient
  .metadata({ actionName: "recordDocumentPrint", access: dataroomAccess.print, rateLimit: "print" })
  .inputSchema(recordPrintSchema)
  .action(async ({ parsedInput, ctx }) => recordDocumentPrint(ctx.actor, parsedInput));

export const startRedactionAction = orgActionClient
  .metadata({ actionName: "startRedaction", access: dataroomAccess.redact, rateLimit: "redaction" })
  .inputSchema(documentIdSchema)
  .action(async ({ parsedInput, ctx }) => startRedaction(ctx.actor, parsedInput.documentId));

export const reviewRedactionAction = orgActionClient
  .metadata({ actionName: "reviewRedaction", access: dataroomAccess.redact })
  .inputSchema(reviewRedactionSchema)
  .action(async ({ parsedInput, ctx }) => reviewRedaction(ctx.actor, parsedInput));
