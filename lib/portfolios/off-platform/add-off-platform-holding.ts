import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import type { AuditEntry } from "@/lib/audit/record-audit";
import { freeSlug } from "@/lib/projects/project-slug";
import { assertInvestmentDate } from "../add-holding";
import { createHoldingRow } from "../create-holding-row";
import { getPortfolioOrThrow } from "../get-portfolio-or-throw";
import type { AddOffPlatformHoldingInput } from "../schemas";
import { offPlatformDescription } from "./off-platform-description";
import { unsafeEnsureOffPlatformRegister } from "./off-platform-register";

/**
 * A holding in a project whose developer is not on the platform: the project is recorded, private,
 * in the investor's register (see off-platform-register), and held like any other. Nothing of it is
 * listed; its KPIs are entered by the investor, since there is no developer to ask.
 */
export async function addOffPlatformHolding(actor: Actor, input: AddOffPlatformHoldingInput) {
  const portfolio = await getPortfolioOrThrow(actor, input.portfolioId);
  assertInvestmentDate(input.investmentDate);
  return auditedWrite(actor, async (tx) => {
    const register = await unsafeEnsureOffPlatformRegister(tx, actor.org);
    const project = await tx.project.create({
      data: {
        orgId: register.id,
        name: input.projectName,
        slug: await freeSlug(tx, register.id, input.projectName),
        description: offPlatformDescription(input.developerName),
        projectType: input.projectType,
        status: "ACTIVE",
        stage: input.stage,
        geographyCountry: input.geographyCountry,
        geographyRegion: input.geographyRegion ?? "",
        capacityMw: input.capacityMw,
        totalInvestmentRequired: input.committedAmount,
        currency: input.currency,
        isPublished: false,
      },
      select: { id: true, name: true },
    });
    const { holding, audit } = await createHoldingRow(tx, actor, portfolio, project, input, { offPlatform: true, developer: input.developerName });
    const projectAudit: AuditEntry = {
      action: "project.created",
      entityType: "Project",
      entityId: project.id,
      changes: { after: { name: project.name, projectType: input.projectType, country: input.geographyCountry, offPlatform: true } },
    };
    return { result: holding, audit: [projectAudit, audit] };
  });
}
