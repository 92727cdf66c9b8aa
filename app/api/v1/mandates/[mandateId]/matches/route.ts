import { apiRoute } from "@/lib/api/api-route";
import { listApiMandateMatches } from "@/lib/api/matching/list-api-mandate-matches";
import { listMandateMatchesOperation } from "@/lib/api/matching/operations";

export const GET = apiRoute(listMandateMatchesOperation, ({ actor, params, query }) => listApiMandateMatches(actor, params.mandateId, query));
