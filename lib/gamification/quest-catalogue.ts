import type { DimensionKey } from "@/lib/signal-score/dimensions";
import type { FactKey } from "@/lib/signal-score/fact-rules";

/** What must become true for a quest to complete itself; checked against the project's data. */
export type QuestCondition =
  | { kind: "fact"; key: FactKey }
  | { kind: "team_members"; min: number }
  | { kind: "milestones"; min: number }
  | { kind: "budget_lines"; min: number }
  | { kind: "target_close_date" }
  | { kind: "capacity" }
  | { kind: "dimension"; key: DimensionKey; min: number };

export type QuestTemplate = {
  title: string;
  description: string;
  actionType: "upload_document" | "complete_section" | "add_team_member" | "improve_dimension";
  condition: QuestCondition;
};

const upload = (title: string, description: string, key: FactKey): QuestTemplate => ({
  title,
  description,
  actionType: "upload_document",
  condition: { kind: "fact", key },
});

/**
 * One quest per scoring criterion (keyed by the criterion's label). improvement_quests has no
 * condition column, so a quest's title names its template: titles here are unique and stable.
 */
export const QUEST_BY_CRITERION: Record<string, QuestTemplate> = {
  "Resource or energy yield study": upload(
    "Upload an energy yield study",
    "An independent P50/P90 resource or yield assessment is the first thing lenders ask for.",
    "resource_study",
  ),
  "Grid connection": upload("Upload the grid connection agreement", "Show how and when the plant connects: agreement, offer letter or grid study.", "grid_connection"),
  "Land rights": upload("Upload the land lease", "Secured land rights remove a basic development risk.", "land_rights"),
  "Financial model": upload("Upload the financial model", "A base-case model with capex, financing and revenue lets investors test the returns.", "financial_model"),
  "Returns and debt cover": upload("Document IRR and DSCR", "Put project and equity IRR and the minimum DSCR in the model or its summary.", "returns"),
  "Financing structure": upload(
    "Describe the financing structure",
    "State the debt/equity split, tenor and pricing in the model or a term sheet.",
    "financing_structure",
  ),
  "Revenue contract": upload("Upload the PPA or offtake term sheet", "Contracted revenue is what makes the project bankable.", "revenue_contract"),
  "Risks identified": upload("Upload a risk register", "List construction, grid, offtake and FX risks with owners and mitigants.", "identified_risk"),
  "Sensitivity analysis": upload("Add sensitivity cases to the model", "Show returns under P90 yield, capex overrun and tariff cuts.", "sensitivity"),
  "Permits and licences": upload("Upload permits and licences", "Environmental licence, generation licence or tariff approval.", "permits"),
  Insurance: upload("Upload an insurance indication", "A broker indication for construction all-risks and operational cover.", "insurance"),
  "Contractual security": upload("Document payment security", "A letter of credit, guarantee or termination payment in the offtake terms.", "contract_security"),
  "Management profiles": upload("Upload management CVs", "Investors back teams: one page per key person.", "team_profiles"),
  "Track record": upload("Document the team's track record", "Projects delivered, MW built and financial closes reached.", "track_record"),
  "Environmental and social assessment": upload("Upload the ESIA", "An environmental and social impact assessment, or its approved summary.", "esia"),
  "International standards": upload("Reference IFC Performance Standards", "Show which international E&S standards the project applies.", "standards"),
  "Climate impact quantified": upload("Quantify avoided emissions", "State the tCO2e avoided per year and the grid emission factor used.", "emissions"),
  "Community and social impact": upload("Document community engagement", "Consultations, grievance mechanism, local hiring and livelihood plans.", "community"),
  "Team size on the platform": {
    title: "Invite your team",
    description: "Invite at least four colleagues so the team behind the project is visible.",
    actionType: "add_team_member",
    condition: { kind: "team_members", min: 4 },
  },
  "Milestone plan": {
    title: "Plan your milestones",
    description: "Add at least three milestones on the path to financial close and COD.",
    actionType: "complete_section",
    condition: { kind: "milestones", min: 3 },
  },
  "Capital budget": {
    title: "Complete the capital budget",
    description: "Add budget lines that cover the investment sought.",
    actionType: "complete_section",
    condition: { kind: "budget_lines", min: 1 },
  },
  "Target close date": {
    title: "Set a target close date",
    description: "Investors plan around your timeline.",
    actionType: "complete_section",
    condition: { kind: "target_close_date" },
  },
  "Capacity defined": {
    title: "Record the project's capacity",
    description: "Add the installed capacity in MW.",
    actionType: "complete_section",
    condition: { kind: "capacity" },
  },
};

/** A dimension still below this after a score gets an "improve" quest. */
export const IMPROVE_THRESHOLD = 60;

export function improveDimensionTemplate(key: DimensionKey, label: string): QuestTemplate {
  return {
    title: `Raise ${label.toLowerCase()} to ${IMPROVE_THRESHOLD}`,
    description: `Complete the quests for ${label.toLowerCase()} and re-score the project.`,
    actionType: "improve_dimension",
    condition: { kind: "dimension", key, min: IMPROVE_THRESHOLD },
  };
}
