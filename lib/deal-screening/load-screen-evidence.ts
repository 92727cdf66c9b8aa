import { readDocumentText } from "@/lib/ai/read-document-text";
import { db } from "@/lib/db/client";
import { type ListedProject, listingVisibility } from "@/lib/marketplace/get-listed-project-or-throw";
import { listedDocumentsWhere } from "@/lib/marketplace/list-listed-documents";
import { startOfUtcDay } from "@/lib/utils/dates";
import { assembleScreenEvidence } from "./assemble-screen-evidence";
import { listingFacts, listingRecord } from "./listing-facts";
import type { ListingRecord, ScreenEvidence } from "./screen-claims";

/** Documents read per screen: a listing's public shelf, not its whole data room. */
const MAX_DOCUMENTS = 50;

/**
 * What the investor may see of a listed project, and nothing more: the listing's facts, the text
 * of its PUBLIC documents (the marketplace's own rule, and none when the ally hides documents),
 * and its latest Signal Score when the listing shows it. The ally's confidential documents are
 * never read for an investor's screen.
 */
export async function loadScreenEvidence(project: ListedProject): Promise<ScreenEvidence> {
  const visibility = listingVisibility(project);
  const rows = visibility.showDocuments
    ? await db.document.findMany({
        where: listedDocumentsWhere(project),
        select: { id: true, name: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: MAX_DOCUMENTS,
      })
    : [];
  const documents = [];
  for (const row of rows) documents.push({ id: row.id, name: row.name, text: (await readDocumentText(project.orgId, row.id))?.text ?? null });
  const score = visibility.showSignalScore
    ? await db.signalScore.findFirst({
        where: { orgId: project.orgId, projectId: project.id, status: "COMPLETED" },
        orderBy: { version: "desc" },
        select: { id: true, overallScore: true },
      })
    : null;
  const record = await loadListingRecord(project, visibility);
  return assembleScreenEvidence({
    project: listingFacts(project),
    documents,
    signalScore: score ? { id: score.id, overall: Number(score.overallScore) } : null,
    record,
  });
}

/** Milestones and the budget's total, each only when the ally shows it. */
async function loadListingRecord(project: ListedProject, visibility: ReturnType<typeof listingVisibility>): Promise<ListingRecord> {
  const [milestones, budget] = await Promise.all([
    visibility.showMilestones
      ? db.projectMilestone.findMany({ where: { projectId: project.id }, select: { status: true, targetDate: true, completedDate: true } })
      : null,
    visibility.showBudget ? db.projectBudgetItem.aggregate({ where: { projectId: project.id }, _sum: { estimatedAmount: true } }) : null,
  ]);
  return listingRecord({ milestones, budgetTotal: budget?._sum.estimatedAmount ?? null, currency: project.currency, today: startOfUtcDay() });
}
