import { apiRoute } from "@/lib/api/api-route";
import { searchMarketplaceOperation } from "@/lib/api/marketplace/operations";
import { searchApiMarketplace } from "@/lib/api/marketplace/search-api-marketplace";

export const GET = apiRoute(searchMarketplaceOperation, ({ actor, query }) => searchApiMarketplace(actor, query));
