import { hasAccess } from "@/lib/access/check-access";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { parseMarketplaceQuery } from "@/lib/marketplace/marketplace-query";
import { searchMarketplace } from "@/lib/marketplace/search-marketplace";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { listPortfolios } from "@/lib/portfolios/list-portfolios";
import { projectsAccess } from "@/lib/projects/access";
import { matchNamed } from "./match-named";

export type Named = { id: string; name: string };
export type Subjects = { projects: Named[]; portfolios: Named[]; ids: string[] };

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const PROJECT_CANDIDATES = 2_000;

/** Words that may be a name: capitalised, or long enough to be one, for the marketplace's own text search. */
function nameWords(question: string): string[] {
  return [...new Set(question.match(/\b\p{Lu}[\p{L}\p{N}'-]{2,}/gu) ?? [])].slice(0, 6);
}

/**
 * The projects and portfolios a question names, among those the user may see through their pages:
 * an ally's own projects, the marketplace's listed projects for an investor (its own text search,
 * so the listing gate applies), the investor's own portfolios. Another org's project is simply not
 * among the candidates. Ids typed in the question are returned as they are; the tools check them.
 */
export async function resolveSubjects(actor: Actor, question: string): Promise<Subjects> {
  const ids = [...new Set((question.match(UUID) ?? []).map((id) => id.toLowerCase()))];
  let projects: Named[] = [];
  if (hasAccess(actor, projectsAccess.read)) {
    const own = await db.project.findMany({ where: { orgId: actor.org.id }, select: { id: true, name: true }, orderBy: { updatedAt: "desc" }, take: PROJECT_CANDIDATES });
    projects = matchNamed(question, own);
  } else if (hasAccess(actor, marketplaceAccess.browse)) {
    const words = nameWords(question);
    if (words.length > 0) {
      const page = await searchMarketplace(actor, { ...parseMarketplaceQuery({ q: words.join(" or ") }).query, page: 1 });
      projects = matchNamed(
        question,
        page.rows.map((row) => ({ id: row.projectId, name: row.name })),
      );
    }
  }
  const portfolios = hasAccess(actor, portfoliosAccess.read)
    ? matchNamed(
        question,
        (await listPortfolios(actor)).map((p) => ({ id: p.id, name: p.name })),
      )
    : [];
  return { projects, portfolios, ids };
}
