import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { screenCitationHref } from "@/lib/deal-screening/get-deal-screen-view";
import { notFound } from "@/lib/errors/app-error";
import { parseUuid } from "@/lib/utils/parse-uuid";
import { findLatestCompletedScreen } from "./load-memo-screen";
import type { MemoSourceView } from "./memo-sections";
import { type MemoStatus, readMemoStatuses } from "./memo-status";

export type MemoListItem = {
  id: string;
  title: string;
  summary: string | null;
  status: MemoStatus;
  error: string | null;
  screenVersion: number | null;
  createdAt: string;
  updatedAt: string;
};
export type MemoListView = {
  entry: { id: string; projectId: string; projectName: string };
  /** The screen a new memo would be written from; null when the deal has no completed screen. */
  latestScreen: { version: number; recommendation: string | null; completedAt: string } | null;
  memos: MemoListItem[];
};
export type MemoEditorView = {
  entry: MemoListView["entry"];
  memo: { id: string; title: string; content: string; status: MemoStatus; error: string | null; screenVersion: number | null; updatedAt: string; createdAt: string };
  sources: MemoSourceView[];
};

/** A deal has few memos; the list shows the newest, like the screen's versions. */
export const MEMOS_SHOWN = 50;

async function getEntryOrThrow(tenant: Pick<TenantContext, "org">, entryId: string) {
  const id = parseUuid(entryId);
  const entry =
    id &&
    (await db.dealPipelineEntry.findFirst({
      where: { id, orgId: tenant.org.id },
      select: { id: true, projectId: true, project: { select: { name: true } } },
    }));
  if (!entry) throw notFound("Deal");
  return { id: entry.id, projectId: entry.projectId, projectName: entry.project.name };
}

/** The screen version each memo was written from, read from its lineage. */
async function screenVersions(orgId: string, memoIds: string[]): Promise<Map<string, number>> {
  if (memoIds.length === 0) return new Map();
  const rows = await db.lineageRecord.findMany({
    where: { orgId, entityType: "InvestmentMemo", entityId: { in: memoIds }, sourceType: { in: ["DealScreenVersion", "DealScreen"] } },
    select: { entityId: true, contribution: true },
  });
  return new Map(rows.flatMap((r) => (/version (\d+)/.exec(r.contribution ?? "") ? [[r.entityId, Number(/version (\d+)/.exec(r.contribution!)![1])] as const] : [])));
}

/** The memos of one deal of the tenant's pipeline, newest first, and the screen a new one would use. Another org's entry is a 404. */
export async function getMemoListView(tenant: Pick<TenantContext, "org">, entryId: string): Promise<MemoListView> {
  const entry = await getEntryOrThrow(tenant, entryId);
  const [screen, rows] = await Promise.all([
    findLatestCompletedScreen(tenant.org.id, entry.projectId),
    db.investmentMemo.findMany({
      where: { orgId: tenant.org.id, projectId: entry.projectId },
      orderBy: { createdAt: "desc" },
      take: MEMOS_SHOWN,
      select: { id: true, title: true, summary: true, content: true, createdAt: true, updatedAt: true },
    }),
  ]);
  const [statuses, versions] = await Promise.all([
    readMemoStatuses(
      tenant.org.id,
      rows.map((r) => ({ id: r.id, written: r.content !== "", updatedAt: r.updatedAt })),
    ),
    screenVersions(
      tenant.org.id,
      rows.map((r) => r.id),
    ),
  ]);
  return {
    entry,
    latestScreen: screen ? { version: screen.version, recommendation: screen.recommendation, completedAt: screen.completedAt.toISOString() } : null,
    memos: rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      ...statuses.get(r.id)!,
      screenVersion: versions.get(r.id) ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}

/** One memo of a deal of the tenant's pipeline, with its numbered sources as plain DTOs. Another org's memo or entry is a 404. */
export async function getMemoEditorView(tenant: Pick<TenantContext, "org">, entryId: string, memoId: string): Promise<MemoEditorView> {
  const entry = await getEntryOrThrow(tenant, entryId);
  const id = parseUuid(memoId);
  const memo = id ? await db.investmentMemo.findFirst({ where: { id, orgId: tenant.org.id, projectId: entry.projectId } }) : null;
  if (!memo) throw notFound("Memo");
  const [statuses, versions, sources] = await Promise.all([
    readMemoStatuses(tenant.org.id, [{ id: memo.id, written: memo.content !== "", updatedAt: memo.updatedAt }]),
    screenVersions(tenant.org.id, [memo.id]),
    listMemoSources(tenant.org.id, memo.id, entry.projectId),
  ]);
  return {
    entry,
    memo: {
      id: memo.id,
      title: memo.title,
      content: memo.content,
      ...statuses.get(memo.id)!,
      screenVersion: versions.get(memo.id) ?? null,
      updatedAt: memo.updatedAt.toISOString(),
      createdAt: memo.createdAt.toISOString(),
    },
    sources,
  };
}

/** The memo's numbered sources (ai_output_type InvestmentMemo), each linked to its page on the marketplace. */
export async function listMemoSources(orgId: string, memoId: string, projectId: string): Promise<MemoSourceView[]> {
  const rows = await db.citation.findMany({
    where: { orgId, aiOutputType: "InvestmentMemo", aiOutputId: memoId },
    include: { document: { select: { name: true } } },
    orderBy: { citationNumber: "asc" },
  });
  return rows.map((c) => ({
    n: c.citationNumber,
    documentName: c.document?.name ?? null,
    page: c.pageNumber,
    excerpt: c.excerpt,
    href: screenCitationHref(projectId, c.documentId, c.pageNumber),
  }));
}
