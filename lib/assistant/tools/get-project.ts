import { z } from "zod";
import { hasAccess } from "@/lib/access/check-access";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { getMarketplaceProject } from "@/lib/marketplace/get-marketplace-project";
import type { BudgetSummary } from "@/lib/budget/summarize-budget";
import type { MilestoneDto } from "@/lib/milestones/to-milestone-dto";
import { projectsAccess } from "@/lib/projects/access";
import { getProjectOverview } from "@/lib/projects/get-project-overview";
import { defineTool, unavailable } from "./tool-definition";

const inputSchema = z.object({ projectId: z.uuid().describe("The project's id, from searchProjects or the conversation's context.") });

const milestonesOf = (milestones: MilestoneDto[]) =>
  milestones.map((m) => ({ name: m.name, status: m.status, targetDate: m.targetDate, completedDate: m.completedDate, completionPct: m.completionPct }));

const budgetOf = (budget: BudgetSummary) => ({
  currency: budget.currency,
  totals: budget.totals,
  categories: budget.categories.map((c) => ({ category: c.category, totals: c.totals })),
});

/** The project page (ally) or the listed project's page (investor: only what its ally chose to show). */
export const getProjectTool = defineTool({
  name: "getProject",
  description: "Read one project: its facts, funding progress, milestones (overdue ones as DELAYED) and budget by category.",
  inputSchema,
  rules: [projectsAccess.read, marketplaceAccess.browse],
  async run({ actor, cite }, { projectId }) {
    if (hasAccess(actor, projectsAccess.read)) {
      const overview = await getProjectOverview(actor, projectId);
      const { project } = overview;
      const citation = cite({ kind: "project", title: project.name, href: `/projects/${project.id}`, snippet: project.description?.slice(0, 200) ?? null });
      const { description, technologyDetails, geographyCoordinates, coverImageUrl, ...facts } = project;
      return {
        available: true,
        data: {
          project: { ...facts, description: description?.slice(0, 1_500) ?? null, citation: citation.n },
          funding: overview.funding,
          milestones: milestonesOf(overview.milestones),
          budget: budgetOf(overview.budget),
        },
        citations: [citation],
      };
    }
    if (hasAccess(actor, marketplaceAccess.browse)) {
      const listed = await getMarketplaceProject(actor, projectId);
      const { project } = listed;
      const citation = cite({ kind: "project", title: project.name, href: `/marketplace/${project.id}`, snippet: project.description?.slice(0, 200) ?? null });
      return {
        available: true,
        data: {
          project: {
            id: project.id,
            name: project.name,
            developer: project.orgName,
            projectType: project.projectType,
            stage: project.stage,
            country: project.geographyCountry,
            capacityMw: project.capacityMw,
            totalInvestmentRequired: project.totalInvestmentRequired,
            currency: project.currency,
            targetCloseDate: project.targetCloseDate,
            description: project.description?.slice(0, 1_500) ?? null,
            citation: citation.n,
          },
          milestones: listed.milestones ? milestonesOf(listed.milestones) : "not shown by the developer",
          budget: listed.budget ? budgetOf(listed.budget) : "not shown by the developer",
          signalScore: listed.score ? { overall: listed.score.overall, version: listed.score.version } : null,
        },
        citations: [citation],
      };
    }
    return unavailable("Projects are not available to your role or organisation.");
  },
});
