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
};

export type AuditPage = { rows: AuditRowDto[]; total: number; page: number; pageSize: number; pageCount: number };

export type AuditFilterOptions = {
  actions: string[];
  entityTypes: string[];
  users: { id: string; name: string }[];
  /** Whether any row was written by the system, so "System" is worth offering. */
  hasSystemRows: boolean;
};
