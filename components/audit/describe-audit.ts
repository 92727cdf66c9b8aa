import { actionLabel } from "@/lib/audit/describe-audit-entry";
import { fieldWords, formatInstant } from "@/lib/audit/format-audit-value";

const sentenceCase = (text: string) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : text);

export { actionLabel };

const ENTITY_TYPES: Record<string, string> = {
  ProjectMilestone: "Milestone",
  ProjectBudgetItem: "Budget line",
  DocumentFolder: "Folder",
  DocumentAnnotation: "Note",
  RedactionJob: "Redaction",
  UserBadge: "Badge award",
  ImprovementQuest: "Improvement quest",
  AiFeedback: "AI feedback",
  InvestorMandate: "Mandate",
  MatchResult: "Match",
  PromptTemplate: "AI prompt",
  User: "Team member",
  Organization: "Organisation",
};

/** "ProjectBudgetItem" -> "Budget line"; unknown types as words: "DealRoom" -> "Deal room". */
export const entityTypeLabel = (entityType: string) => ENTITY_TYPES[entityType] ?? sentenceCase(entityType.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase());

/** "totalInvestmentRequired" -> "Total investment required"; "capacityMw" -> "Capacity". */
export const fieldLabel = (field: string) => sentenceCase(fieldWords(field));

/** Audit times are shown in UTC, the same on the server and in every browser: "20 Nov 2026, 14:05 UTC". */
export const formatUtc = (iso: string, withSeconds = false) => formatInstant(iso, withSeconds);
