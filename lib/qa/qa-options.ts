/**
 * Q&A's value lists and defaults. Zod-free and database-free, so client components (filters, the
 * ask form, SLA countdowns) can import them.
 */
export const QA_CATEGORIES = ["financial", "legal", "technical", "commercial", "esg", "regulatory", "other"] as const;
export type QaCategory = (typeof QA_CATEGORIES)[number];

export const QA_CATEGORY_LABELS: Record<QaCategory, string> = {
  financial: "Financial",
  legal: "Legal",
  technical: "Technical",
  commercial: "Commercial",
  esg: "ESG",
  regulatory: "Regulatory",
  other: "Other",
};

export const QA_PRIORITIES = ["urgent", "high", "normal", "low"] as const;
export type QaPriority = (typeof QA_PRIORITIES)[number];

export const QA_PRIORITY_LABELS: Record<QaPriority, string> = { urgent: "Urgent", high: "High", normal: "Normal", low: "Low" };

export const QA_STATUSES = ["open", "in_progress", "answered", "closed"] as const;
export type QaStatus = (typeof QA_STATUSES)[number];

export const QA_STATUS_LABELS: Record<QaStatus, string> = { open: "Open", in_progress: "In progress", answered: "Answered", closed: "Closed" };

/** Statuses in which the question still waits for its final answer (and its SLA runs). */
export const QA_WAITING_STATUSES: readonly QaStatus[] = ["open", "in_progress"];

/** Teams a question can be routed to on the ally's side (qa_questions.assigned_team). */
export const QA_TEAMS = ["finance", "legal", "technical", "esg", "management"] as const;
export type QaTeam = (typeof QA_TEAMS)[number];

export const QA_TEAM_LABELS: Record<QaTeam, string> = { finance: "Finance", legal: "Legal", technical: "Technical", esg: "ESG", management: "Management" };

/** Hours to answer by priority when an org has set none: urgent a day, high three, normal five days, low ten. */
export const DEFAULT_SLA_HOURS: Record<QaPriority, number> = { urgent: 24, high: 72, normal: 120, low: 240 };

/** The longest SLA an org may set: 90 days (the table's CHECK says the same). */
export const MAX_SLA_HOURS = 2160;

/** Longest question and answer accepted (the forms' maxLength; the schemas say the same with a message). */
export const QA_QUESTION_MAX_LENGTH = 5_000;
export const QA_ANSWER_MAX_LENGTH = 20_000;
