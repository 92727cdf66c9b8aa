import { apiRoute } from "@/lib/api/api-route";
import { assertApiOrgType } from "@/lib/api/assert-api-org-type";
import { getApiDocument } from "@/lib/api/documents/get-api-document";
import { getDocumentOperation } from "@/lib/api/documents/operations";
import { dataroomAccess } from "@/lib/dataroom/access";

export const GET = apiRoute(getDocumentOperation, async ({ actor, params }) => {
  assertApiOrgType(actor, dataroomAccess.read);
  return { data: await getApiDocument(actor, params.documentId) };
});
