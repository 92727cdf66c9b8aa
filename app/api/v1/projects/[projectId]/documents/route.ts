import { apiRoute } from "@/lib/api/api-route";
import { assertApiOrgType } from "@/lib/api/assert-api-org-type";
import { listApiDocuments } from "@/lib/api/documents/list-api-documents";
import { listProjectDocumentsOperation } from "@/lib/api/documents/operations";
import { dataroomAccess } from "@/lib/dataroom/access";

export const GET = apiRoute(listProjectDocumentsOperation, async ({ actor, params, query }) => {
  assertApiOrgType(actor, dataroomAccess.read);
  return listApiDocuments(actor, params.projectId, query);
});
