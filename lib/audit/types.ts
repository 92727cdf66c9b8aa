/** Plain JSON, as audit changes are stored: no Prisma types reach the client. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type AuditRowDto = {
  id: string;
  /** ISO timestamp. */
  at: string;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The entity's current name (or its name when it was deleted), when it has one. */
  entityLabel: string | null;
  /** null: written by the system (a job), not a person. */
  actor: { id: string; name: string; email: string } | null;
  ipAddress: string | null;
  userAgent: string | null;
  before: JsonObject | null;
  after: JsonObject | null;
  /** The entry as a sentence: "Sarah Chen uploaded version 3 of Financial Model.xlsx". */
  sentence: SentencePart[];
  /** The project the entry is about, when it names one: entries are grouped within a project. */
  projectId: string | null;
};

/** A piece of an entry's sentence; names and values are emphasised where it is shown. */
export type SentencePart = { text: string; emphasis?: "actor" | "entity" | "value" };

/** A row of a feed: one entry, or a run of like entries folded into one (a flood of badge awards). */
export type AuditFeedEntry =
  | { kind: "single"; row: AuditRowDto }
  | { kind: "group"; id: string; at: string; action: string; sentence: SentencePart[]; rows: AuditRowDto[] };

export type AuditPage = { rows: AuditRowDto[]; entries: AuditFeedEntry[]; total: number; page: number; pageSize: number; pageCount: number };

export type AuditFilterOptions = {
  actions: string[];
  entityTypes: string[];
  users: { id: string; name: string }[];
  /** Whether any row was written by the system, so "System" is worth offering. */
  hasSystemRows: boolean;
};

/** A line of a recent-activity card: one entry, or a folded run with its entries under it. */
export type ActivityItem = { id: string; at: string; actorName: string | null; action: string; sentence: SentencePart[]; details: SentencePart[][] };
