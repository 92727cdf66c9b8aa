import { apiRoute } from "@/lib/api/api-route";
import { listApiMandates } from "@/lib/api/matching/list-api-mandates";
import { listMandatesOperation } from "@/lib/api/matching/operations";

export const GET = apiRoute(listMandatesOperation, ({ actor, query }) => listApiMandates(actor, query));
