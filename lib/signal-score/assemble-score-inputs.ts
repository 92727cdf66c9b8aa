import type { ScoreInputs, ScoreSource } from "./score-inputs";
import type { DocumentFacts } from "./schemas";
import { summariseBudgetQuality, type RawBudgetItem } from "./summarise-budget-quality";
import { summariseDeliveryRecord, type RawMilestone } from "./summarise-delivery-record";

/**
 * The rows a score is computed from, as plain values (dates YYYY-MM-DD, money as decimal
 * strings). The live pipeline reads them from the database; the seed builds them from its own
 * rows: both go through assembleScoreInputs, so both score alike.
 */
export type RawScoreInputs = {
  /** The day the score is computed for (YYYY-MM-DD): overdue milestones are counted against it. */
  today: string;
  project: {
    id: string;
    name: string;
    description: string;
    projectType: string;
    stage: ScoreInputs["project"]["stage"];
    capacityMw: string | null;
    totalInvestmentRequired: string;
    currency: string;
    targetCloseDate: string | null;
    geographyRegion: string;
    geographyCountry: string;
    /** projects.geography_coordinates as stored: { lat, lng } or null. */
    geographyCoordinates: unknown;
  };
  milestones: RawMilestone[];
  budgetItems: RawBudgetItem[];
  /** Active members of the project's organisation. */
  members: number;
  /** The current documents in the order they are cited; facts null when a document has no text to analyse. */
  documents: { documentId: string; name: string; uploadedBy: string | null; facts: DocumentFacts["facts"] | null }[];
};

function hasCoordinates(value: unknown): boolean {
  if (!value || typeof value !== "object") return false;
  const { lat, lng } = value as Record<string, unknown>;
  return typeof lat === "number" && typeof lng === "number";
}

/** Numbered sources: one passage quoted for several facts keeps one number. */
function numberSources(documents: RawScoreInputs["documents"]): ScoreSource[] {
  const sources: ScoreSource[] = [];
  let next = 1;
  for (const document of documents) {
    for (const fact of document.facts ?? []) {
      const same = sources.find((s) => s.documentId === document.documentId && s.page === fact.page && s.excerpt === fact.excerpt);
      sources.push({ n: same?.n ?? next++, documentId: document.documentId, documentName: document.name, ...fact });
    }
  }
  return sources;
}

/** Pure: the same rows on the same day give the same inputs, and so the same score. */
export function assembleScoreInputs(raw: RawScoreInputs): ScoreInputs {
  const { project, documents } = raw;
  return {
    project: {
      id: project.id,
      name: project.name,
      description: project.description,
      projectType: project.projectType,
      stage: project.stage,
      capacityMw: project.capacityMw,
      totalInvestmentRequired: project.totalInvestmentRequired,
      currency: project.currency,
      targetCloseDate: project.targetCloseDate,
      geography: `${project.geographyRegion}, ${project.geographyCountry}`,
      region: project.geographyRegion,
      hasCoordinates: hasCoordinates(project.geographyCoordinates),
    },
    milestones: summariseDeliveryRecord(raw.milestones, raw.today),
    budget: summariseBudgetQuality(raw.budgetItems, project.currency, project.totalInvestmentRequired),
    team: { members: raw.members, documentUploaders: new Set(documents.flatMap((d) => d.uploadedBy ?? [])).size },
    documents: { total: documents.length, analysed: documents.filter((d) => d.facts !== null).length },
    sources: numberSources(documents),
  };
}
