import type { AuditLog } from "@/lib/db/generated/client";
import { resolveEntityLabels, type AuditReader } from "./resolve-entity-labels";
import { toAuditRowDto } from "./to-audit-row-dto";
import type { AuditRowDto } from "./types";

type Row = AuditLog & { user: { id: string; fullName: string; email: string } | null };

/** Audit rows as DTOs with their sentences; the names they need are looked up once for all of them. */
export async function describeAuditRows(tenant: AuditReader, rows: Row[]): Promise<AuditRowDto[]> {
  const names = await resolveEntityLabels(tenant, rows);
  return rows.map((row) => toAuditRowDto(row, names));
}
