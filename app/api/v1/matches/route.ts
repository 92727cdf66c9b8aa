import { apiRoute } from "@/lib/api/api-route";
import { listApiMatches } from "@/lib/api/matching/list-api-matches";
import { listMatchesOperation } from "@/lib/api/matching/operations";

export const GET = apiRoute(listMatchesOperation, ({ actor, query }) => listApiMatches(actor, query));
