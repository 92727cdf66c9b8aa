import type { Actor } from "@/lib/auth/actor";
import { getDocumentOrThrow } from "@/lib/dataroom/get-document-or-throw";
import { getListedProjectOrThrow } from "@/lib/marketplace/get-listed-project-or-throw";
import { getPortfolioOrThrow } from "@/lib/portfolios/get-portfolio-or-throw";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import type { AssistantContextType } from "./assistant-message";

/**
 * The name of the page's entity, read through the page's own gate: an ally's project, a listed
 * project for an investor, the org's portfolio, a document the role may see. Anything else is the
 * gate's 404, so a conversation cannot be opened on what its user could not open.
 */
export async function resolveContextLabel(actor: Actor, contextType: AssistantContextType, entityId: string | null | undefined): Promise<string | null> {
  if (contextType === "GENERAL" || !entityId) return null;
  switch (contextType) {
    case "PROJECT":
      return actor.org.type === "INVESTOR" ? (await getListedProjectOrThrow(entityId)).name : (await getProjectOrThrow(actor, entityId)).name;
    case "PORTFOLIO":
      return (await getPortfolioOrThrow(actor, entityId)).name;
    case "DOCUMENT":
      return (await getDocumentOrThrow(actor, entityId)).name;
  }
}
