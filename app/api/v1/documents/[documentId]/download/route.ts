import { apiRoute } from "@/lib/api/api-route";
import { assertApiOrgType } from "@/lib/api/assert-api-org-type";
import { issueDocumentDownload } from "@/lib/api/documents/issue-document-download";
import { downloadDocumentOperation } from "@/lib/api/documents/operations";
import { dataroomAccess } from "@/lib/dataroom/access";

export const GET = apiRoute(downloadDocumentOperation, async ({ actor, params }) => {
  assertApiOrgType(actor, dataroomAccess.read);
  return { data: await issueDocumentDownload(actor, params.documentId) };
});
