import { readDocumentText } from "@/lib/ai/read-document-text";
import { db } from "@/lib/db/client";
import { listRoomDocumentsOpenToUser } from "@/lib/deal-rooms/list-room-documents-open-to-user";
import { type ListedProject, listingVisibility } from "@/lib/marketplace/get-listed-project-or-throw";
import { listedDocumentsWhere } from "@/lib/marketplace/list-listed-documents";
import { startOfUtcDay } from "@/lib/utils/dates";
import { assembleScreenEvidence } from "./assemble-screen-evidence";
import { listingFacts, listingRecord } from "./listing-facts";
import type { ListingRecord, ScreenEvidence } from "./screen-claims";

/** Documents read per screen: a listing's public shelf and what the deal rooms opened, not the whole data room. */
const MAX_DOCUMENTS = 50;

/**
 * What the investor may see of a listed project, and nothing more: the listing's facts, the text
 * of its PUBLIC documents (the marketplace's own rule, and none when the ally hides documents),
 * the documents the screening user can open in the org's deal rooms for the project (NDA
 * accepted, within the member's permissions), and its latest Signal Score when the listing shows
 * it. Nothing else of the ally's data room is ever read for an investor's screen.
 */
export async function loadScreenEvidence(project: ListedProject, screener: { id: string; orgId: string } | null): Promise<ScreenEvidence> {
  const visibility = listingVisibility(project);
  const listed = visibility.showDocuments
    ? await db.document.findMany({ where: listedDocumentsWhere(project), select: { id: true, name: true }, take: MAX_DOCUMENTS })
    : [];
  const inRooms = screener ? await listRoomDocumentsOpenToUser(project.id, screener) : [];
  const rows = [...new Map([...listed, ...inRooms].map((row) => [row.id, row])).values()]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .slice(0, MAX_DOCUMENTS);
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
