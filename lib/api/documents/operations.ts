import { z } from "zod";
import { apiPageSchema } from "../api-schemas";
import { defineApiOperation } from "../define-api-operation";
import { apiDocumentDownloadSchema, apiDocumentSchema } from "./document-schema";
import { listApiDocumentsQuerySchema } from "./schemas";

const projectParams = z.object({ projectId: z.uuid().meta({ description: "The project's id." }) });
const documentParams = z.object({ documentId: z.uuid().meta({ description: "The document's id (any version)." }) });
const CLEARANCE =
  "A key reads the data room as the lowest role its scope stands for: documents:read as a viewer (unclassified and PUBLIC), documents:write as an " +
  "analyst (CONFIDENTIAL too). RESTRICTED and TOP_SECRET documents, like deleted ones and other orgs', answer 404.";

export const listProjectDocumentsOperation = defineApiOperation({
  id: "listProjectDocuments",
  method: "GET",
  path: "/projects/{projectId}/documents",
  scope: "documents:read",
  tag: "Documents",
  summary: "List the current versions in a project's data room, newest first",
  description: `Every folder; a version replaced by a newer one is left out. ${CLEARANCE}`,
  params: projectParams,
  query: listApiDocumentsQuerySchema,
  response: apiPageSchema(apiDocumentSchema),
});

export const getDocumentOperation = defineApiOperation({
  id: "getDocument",
  method: "GET",
  path: "/documents/{documentId}",
  scope: "documents:read",
  tag: "Documents",
  summary: "Get one document's metadata",
  description: `A project's or a portfolio's document of the key's org. ${CLEARANCE}`,
  params: documentParams,
  response: z.object({ data: apiDocumentSchema }),
});

export const downloadDocumentOperation = defineApiOperation({
  id: "downloadDocument",
  method: "GET",
  path: "/documents/{documentId}/download",
  scope: "documents:read",
  tag: "Documents",
  summary: "Get a short-lived URL to download a document's file",
  description:
    "The URL works for 5 minutes without the key. Handing it out is recorded in the document's access log as a download by this key. " +
    "A file still uploading is a 409; a PDF watermarked per downloader is a 403 (its stamp names a person: download it in the app). " +
    CLEARANCE,
  params: documentParams,
  response: z.object({ data: apiDocumentDownloadSchema }),
});

export const uploadProjectDocumentOperation = defineApiOperation({
  id: "uploadProjectDocument",
  method: "POST",
  path: "/projects/{projectId}/documents",
  scope: "documents:write",
  tag: "Documents",
  summary: "Upload a file into a project's data room",
  description:
    "The body is multipart/form-data (Content-Length required): a part `file` with the file, and optional text parts `fileName` (else the file " +
    "part's own name), `folderId` (a folder of this project's room; else the top level), `classification` (PUBLIC or CONFIDENTIAL: a key may not " +
    "file above its own clearance, an analyst's) and `watermark` (true or false). The plan's file-size limit and storage quota, the type detected " +
    "from the bytes, and the duplicate check (409) apply as in the app; the document is then PROCESSING until its text is extracted. " +
    "documents.uploadedBy is the key's creator (a document names a user); the audit row names the key. Answers 201 with the document.",
  params: projectParams,
  multipart: z.object({
    file: z.string().meta({ format: "binary", description: "The file." }),
    fileName: z.string().max(255).optional().meta({ description: "The name to file it under; else the file part's own name." }),
    folderId: z.uuid().optional().meta({ description: "A folder of this project's room; else the top level." }),
    classification: z.enum(["PUBLIC", "CONFIDENTIAL"]).optional(),
    watermark: z.enum(["true", "false"]).optional(),
  }),
  response: z.object({ data: apiDocumentSchema }),
  successStatus: 201,
  writes: true,
});
