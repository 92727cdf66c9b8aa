import { defineApiOperation } from "../define-api-operation";
import { apiMarketplacePageSchema, searchApiMarketplaceQuerySchema } from "./schemas";

export const searchMarketplaceOperation = defineApiOperation({
  id: "searchMarketplace",
  method: "GET",
  path: "/marketplace/projects",
  scope: "projects:read",
  tag: "Marketplace",
  summary: "Search the marketplace's listed projects",
  description:
    "The marketplace page's search for investors: every developer's published, active projects, only what each chose to show. Pages of 24 by " +
    "page number (a page past the end answers with the last). Sorted by relevance with q, else newest; sort=match needs fits=true. " +
    "An investor (INVESTOR org's) key only: another kind gets 404; 403 when the org's marketplace feature is off.",
  query: searchApiMarketplaceQuerySchema,
  response: apiMarketplacePageSchema,
});
