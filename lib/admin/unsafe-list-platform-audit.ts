import { describeAuditRows } from "@/lib/audit/describe-audit-rows";
import type { AuditRowDto } from "@/lib/audit/types";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { PlatformAuditQuery } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

export type PlatformAuditRow = AuditRowDto & { org: { id: string; name: string } };
export type PlatformAuditPage = { rows: PlatformAuditRow[]; total: number; page: number; pageSize: number; pageCount: number };
export type PlatformAuditOptions = { orgs: { id: string; name: string }[]; entityTypes: string[]; users: { id: string; name: string; orgName: string }[] };

export function platformAuditWhere(query: PlatformAuditQuery): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (query.org) and.push({ orgId: query.org });
  if (query.q) and.push({ action: { contains: query.q, mode: "insensitive" } });
  if (query.entityType) and.push({ entityType: query.entityType });
  if (query.user) and.push({ userId: query.user === "system" ? null : query.user });
  if (query.from) and.push({ timestamp: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) and.push({ timestamp: { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) } });
  return { AND: and };
}

/**
 * The audit log of every org, newest first, for the platform admin: unsafe by design (it reads
 * across tenants), for the console's audit search only. Entries read as the org's own log writes
 * them, named within their org by a reader without a role: no document is ever named, and what a
 * document entry recorded stays hidden, as for a member cleared for nothing.
 */
export async function unsafeListPlatformAudit(query: PlatformAuditQuery): Promise<PlatformAuditPage> {
  const where = platformAuditWhere(query);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ timestamp: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: { user: { select: { id: true, fullName: true, email: true } } },
    }),
    db.auditLog.count({ where }),
  ]);
  const orgIds = [...new Set(rows.map((row) => row.orgId))];
  const orgs = await db.organization.findMany({
    where: { id: { in: orgIds } },
    select: { id: true, name: true, slug: true, type: true, logoUrl: true, subscriptionTier: true, subscriptionStatus: true },
  });
  // Names are resolved per org (each org's records by its own scope), one batch per org on the page.
  const described = new Map<string, AuditRowDto>();
  await Promise.all(
    orgs.map(async (org) => {
      const reader = {
        org: { id: org.id, name: org.name, slug: org.slug, type: org.type, logoUrl: org.logoUrl, tier: org.subscriptionTier, status: org.subscriptionStatus },
      };
      for (const dto of await describeAuditRows(
        reader,
        rows.filter((row) => row.orgId === org.id),
      ))
        described.set(dto.id, dto);
    }),
  );
  const orgById = new Map(orgs.map((org) => [org.id, org]));
  return {
    rows: rows.flatMap((row) => {
      const dto = described.get(row.id);
      const org = orgById.get(row.orgId);
      return dto && org ? [{ ...dto, org: { id: org.id, name: org.name } }] : [];
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

/**
 * What the filters offer: every org, the entity types that occur, and people: those who wrote in
 * the chosen org's log (platform admins included), or the platform's own people when no org is chosen.
 */
export async function unsafeListPlatformAuditOptions(query: PlatformAuditQuery): Promise<PlatformAuditOptions> {
  const [orgs, entityTypes, writers] = await Promise.all([
    db.organization.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    query.org ? db.auditLog.groupBy({ by: ["userId"], where: { orgId: query.org } }) : Promise.resolve([]),
  ]);
  const ids = writers.map((row) => row.userId).filter((id): id is string => id !== null);
  const users = await db.user.findMany({
    where: query.org ? { id: { in: ids } } : { org: { type: "ADMIN" } },
    select: { id: true, fullName: true, org: { select: { name: true } } },
    orderBy: { fullName: "asc" },
    take: 500,
  });
  return {
    orgs,
    entityTypes: entityTypes.map((row) => row.entityType),
    users: users.map((user) => ({ id: user.id, name: user.fullName, orgName: user.org.name })),
  };
}
