import { z } from "zod";
import { hasAccess } from "@/lib/access/check-access";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { parseMarketplaceQuery } from "@/lib/marketplace/marketplace-query";
import { searchMarketplace } from "@/lib/marketplace/search-marketplace";
import { projectsAccess } from "@/lib/projects/access";
import { listProjects } from "@/lib/projects/list-projects";
import { defineTool, unavailable } from "./tool-definition";

const inputSchema = z.object({
  query: z.string().trim().max(200).default("").describe("Words of the project's name, place or technology; empty lists the most recent."),
});

/** An ally searches its own projects (the projects page); an investor the marketplace's listed projects (the marketplace page). */
export const searchProjectsTool = defineTool({
  name: "searchProjects",
  description: "Find projects by name, country or technology. An ally sees its own projects; an investor sees the projects listed on the marketplace.",
  inputSchema,
  rules: [projectsAccess.read, marketplaceAccess.browse],
  async run({ actor, cite }, { query }) {
    if (hasAccess(actor, projectsAccess.read)) {
      const page = await listProjects(actor, { q: query, size: 10 });
      const citations = page.rows.map((p) =>
        cite({ kind: "project", title: p.name, href: `/projects/${p.id}`, snippet: `${p.projectType} · ${p.stage} · ${p.geographyCountry}` }),
      );
      const projects = page.rows.map((p, i) => ({ ...p, citation: citations[i]!.n }));
      return { available: true, data: { total: page.total, projects }, citations };
    }
    if (hasAccess(actor, marketplaceAccess.browse)) {
      const page = await searchMarketplace(actor, { ...parseMarketplaceQuery({ q: query }).query, page: 1 });
      const rows = page.rows.slice(0, 10);
      const citations = rows.map((p) =>
        cite({ kind: "project", title: p.name, href: `/marketplace/${p.projectId}`, snippet: `${p.orgName} · ${p.projectType} · ${p.country}` }),
      );
      const projects = rows.map((p, i) => ({
        id: p.projectId,
        name: p.name,
        developer: p.orgName,
        projectType: p.projectType,
        stage: p.stage,
        country: p.country,
        capacityMw: p.capacityMw,
        totalInvestmentRequired: p.totalInvestmentRequired,
        currency: p.currency,
        signalScore: p.signalScore,
        citation: citations[i]!.n,
      }));
      return { available: true, data: { total: page.total, projects }, citations };
    }
    return unavailable("Project search is not available to your role or organisation.");
  },
});
