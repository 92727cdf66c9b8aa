import { apiRoute } from "@/lib/api/api-route";
import { assertApiOrgType } from "@/lib/api/assert-api-org-type";
import { listApiDocuments } from "@/lib/api/documents/list-api-documents";
import { listProjectDocumentsOperation, uploadProjectDocumentOperation } from "@/lib/api/documents/operations";
import { uploadApiDocument } from "@/lib/api/documents/upload-api-document";
import { dataroomAccess } from "@/lib/dataroom/access";

export const GET = apiRoute(listProjectDocumentsOperation, async ({ actor, params, query }) => {
  assertApiOrgType(actor, dataroomAccess.read);
  return listApiDocuments(actor, params.projectId, query);
});

/** Multipart: the operation has no JSON body slot, so the form is read here (uploadApiDocument). */
export const POST = apiRoute(uploadProjectDocumentOperation, async ({ actor, params, request }) => {
  assertApiOrgType(actor, dataroomAccess.write);
  return { data: await uploadApiDocument(actor, params.projectId, request) };
});
