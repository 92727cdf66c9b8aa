import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getAllyRoomOrThrow } from "../get-room-or-throw";
import { listRoomDocuments, memberMayOpen } from "../list-room-documents";
import { ENGAGEMENT_SCORE_SENTENCE, engagementScore, SECONDS_COUNTED_PER_PAGE, type EngagementScore } from "./engagement-score";
import { formatPageRanges } from "./format-page-ranges";
import { viewablePageCount } from "./viewable-pages";

/** The per-viewer rows a page shows at most; the totals and scores count every row whatever this cuts. */
export const ENGAGEMENT_VIEWER_ROWS = 500;

export type EngagementOrgDto = {
  orgId: string;
  orgName: string;
  removed: boolean;
  score: number;
  parts: EngagementScore["parts"];
  documentsOpened: number;
  documentsOpenable: number;
  pagesViewed: number;
  pagesTotal: number;
  /** Seconds counted towards the score: at most SECONDS_COUNTED_PER_PAGE on each page */
  cappedSeconds: number;
  seconds: number;
  lastViewedAt: string | null;
};

export type EngagementViewerDto = { userId: string; userName: string; orgName: string; seconds: number; pages: string; pageCount: number; lastViewedAt: string };

export type EngagementDocumentDto = {
  documentId: string;
  name: string;
  version: number;
  /** shared: the room's current version; replaced: an earlier version, viewed before the new one came; unshared: no longer in the room */
  state: "shared" | "replaced" | "unshared";
  pageCount: number | null;
  seconds: number;
  viewers: EngagementViewerDto[];
};

export type RoomEngagementDto = {
  room: { id: string; projectId: string; name: string };
  scoreSentence: string;
  orgs: EngagementOrgDto[];
  documents: EngagementDocumentDto[];
  /** Seconds per document (shortened name) and investor org, for the chart. */
  chart: { orgNames: string[]; rows: { document: string; seconds: Record<string, number> }[] };
  totalSeconds: number;
  viewerRowsCut: boolean;
};

type ViewerRow = { document_id: string; user_id: string; full_name: string; org_name: string; seconds: number; pages: number[]; last_viewed_at: Date };
type DocumentOrgRow = { document_id: string; org_name: string; seconds: number };
type OrgRow = { viewer_org_id: string; documents: number; pages: number; capped: number; seconds: number; last_viewed_at: Date };

/**
 * Who viewed what in one of the ally's rooms, aggregated in SQL: per document and viewer (time,
 * pages, last view), per document and org (the chart), and per member org the inputs of its
 * engagement score over the documents it may open now (the current versions, financial ones only
 * with that permission). Another org's room is a 404.
 */
export async function getRoomEngagement(actor: Actor, roomId: string, now = new Date()): Promise<RoomEngagementDto> {
  const room = await getAllyRoomOrThrow(actor, roomId);
  const scope = { orgId: room.allyOrgId, roomId: room.id };
  const [entries, members] = await Promise.all([
    listRoomDocuments(room),
    db.dealRoomMember.findMany({ where: { dealRoomId: room.id }, include: { org: { select: { name: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  const openable = entries.filter((entry) => memberMayOpen(entry, { canSeeFinancial: true }));
  const pageCounts = await latestPageCounts(entries.map((entry) => entry.current.id));
  const pagesOf = (entry: (typeof entries)[number]) => viewablePageCount({ fileType: entry.current.fileType, pageCount: pageCounts.get(entry.current.id) ?? null }) ?? 1;

  const [viewers, documentOrgs, orgRows] = await Promise.all([
    db.$queryRaw<ViewerRow[]>`
      SELECT v.document_id::text AS document_id, v.viewer_user_id::text AS user_id, u.full_name, o.name AS org_name,
             sum(v.seconds)::int AS seconds, array_agg(DISTINCT v.page_number ORDER BY v.page_number) AS pages, max(v.last_viewed_at) AS last_viewed_at
      FROM deal_room_page_views v JOIN users u ON u.id = v.viewer_user_id JOIN organizations o ON o.id = v.viewer_org_id
      WHERE v.org_id = ${scope.orgId}::uuid AND v.deal_room_id = ${scope.roomId}::uuid
      GROUP BY v.document_id, v.viewer_user_id, u.full_name, o.name
      ORDER BY max(v.last_viewed_at) DESC, v.viewer_user_id
      LIMIT ${ENGAGEMENT_VIEWER_ROWS + 1}`,
    db.$queryRaw<DocumentOrgRow[]>`
      SELECT v.document_id::text AS document_id, o.name AS org_name, sum(v.seconds)::int AS seconds
      FROM deal_room_page_views v JOIN organizations o ON o.id = v.viewer_org_id
      WHERE v.org_id = ${scope.orgId}::uuid AND v.deal_room_id = ${scope.roomId}::uuid
      GROUP BY v.document_id, o.name`,
    db.$queryRaw<OrgRow[]>`
      WITH per_page AS (
        SELECT v.viewer_org_id, v.document_id, v.page_number, sum(v.seconds) AS seconds, max(v.last_viewed_at) AS last_viewed_at
        FROM deal_room_page_views v
        JOIN deal_room_members m ON m.deal_room_id = v.deal_room_id AND m.org_id = v.viewer_org_id
        WHERE v.org_id = ${scope.orgId}::uuid AND v.deal_room_id = ${scope.roomId}::uuid
          AND v.document_id = ANY(CASE WHEN m.can_see_financial THEN ${openable.map((e) => e.current.id)}::uuid[]
                                       ELSE ${openable.filter((e) => !e.isFinancial).map((e) => e.current.id)}::uuid[] END)
        GROUP BY v.viewer_org_id, v.document_id, v.page_number
      )
      SELECT viewer_org_id::text AS viewer_org_id, count(DISTINCT document_id)::int AS documents, count(*)::int AS pages,
             sum(LEAST(seconds, ${SECONDS_COUNTED_PER_PAGE}))::int AS capped, sum(seconds)::int AS seconds, max(last_viewed_at) AS last_viewed_at
      FROM per_page GROUP BY viewer_org_id`,
  ]);

  const orgStats = new Map(orgRows.map((row) => [row.viewer_org_id, row]));
  const orgs = members.map((member): EngagementOrgDto => {
    const mayOpen = openable.filter((entry) => !entry.isFinancial || member.canSeeFinancial);
    const stats = orgStats.get(member.orgId);
    const inputs = {
      documentsOpened: stats?.documents ?? 0,
      documentsOpenable: mayOpen.length,
      pagesViewed: stats?.pages ?? 0,
      pagesTotal: mayOpen.reduce((sum, entry) => sum + pagesOf(entry), 0),
      cappedSeconds: stats?.capped ?? 0,
      lastViewedAt: stats?.last_viewed_at ?? null,
    };
    const { score, parts } = engagementScore(inputs, now);
    return {
      orgId: member.orgId,
      orgName: member.org.name,
      removed: member.removedAt !== null,
      score,
      parts,
      ...inputs,
      seconds: stats?.seconds ?? 0,
      lastViewedAt: inputs.lastViewedAt?.toISOString() ?? null,
    };
  });
  orgs.sort((a, b) => b.score - a.score || a.orgName.localeCompare(b.orgName));

  const documents = await describeDocuments(room, entries, pagesOf, viewers.slice(0, ENGAGEMENT_VIEWER_ROWS), documentOrgs);
  const orgNames = [...new Set(documentOrgs.map((row) => row.org_name))].sort();
  const chartRows = documents
    .filter((document) => document.seconds > 0)
    .map((document) => ({
      document: `${document.name.length > 30 ? `${document.name.slice(0, 29)}…` : document.name} v${document.version}`,
      seconds: Object.fromEntries(documentOrgs.filter((row) => row.document_id === document.documentId).map((row) => [row.org_name, row.seconds])),
    }));
  return {
    room: { id: room.id, projectId: room.projectId, name: room.name },
    scoreSentence: ENGAGEMENT_SCORE_SENTENCE,
    orgs,
    documents,
    chart: { orgNames, rows: chartRows },
    totalSeconds: documentOrgs.reduce((sum, row) => sum + row.seconds, 0),
    viewerRowsCut: viewers.length > ENGAGEMENT_VIEWER_ROWS,
  };
}

async function latestPageCounts(documentIds: string[]): Promise<Map<string, number | null>> {
  const extractions = await db.documentExtraction.findMany({
    where: { documentId: { in: documentIds }, extractionType: "TEXT", status: "COMPLETED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { documentId: true, pageCount: true },
  });
  return new Map(extractions.map((extraction) => [extraction.documentId, extraction.pageCount]));
}

/** The room's current documents first (in the listing's order), then any other version or document that was viewed here. */
async function describeDocuments(
  room: { allyOrgId: string },
  entries: Awaited<ReturnType<typeof listRoomDocuments>>,
  pagesOf: (entry: Awaited<ReturnType<typeof listRoomDocuments>>[number]) => number,
  viewers: ViewerRow[],
  documentOrgs: DocumentOrgRow[],
): Promise<EngagementDocumentDto[]> {
  const secondsOf = (documentId: string) => documentOrgs.filter((row) => row.document_id === documentId).reduce((sum, row) => sum + row.seconds, 0);
  const viewersOf = (documentId: string) =>
    viewers
      .filter((row) => row.document_id === documentId)
      .map((row) => ({
        userId: row.user_id,
        userName: row.full_name,
        orgName: row.org_name,
        seconds: row.seconds,
        pages: formatPageRanges(row.pages),
        pageCount: row.pages.length,
        lastViewedAt: row.last_viewed_at.toISOString(),
      }));
  const current = entries.map(
    (entry): EngagementDocumentDto => ({
      documentId: entry.current.id,
      name: entry.current.name,
      version: entry.current.version,
      state: "shared",
      pageCount: pagesOf(entry),
      seconds: secondsOf(entry.current.id),
      viewers: viewersOf(entry.current.id),
    }),
  );
  const currentIds = new Set(entries.map((entry) => entry.current.id));
  const otherIds = [...new Set(documentOrgs.map((row) => row.document_id))].filter((id) => !currentIds.has(id));
  if (otherIds.length === 0) return current;
  // Views recorded on a version since replaced, or on a document since unshared: still the ally's history.
  const [others, replaced] = await Promise.all([
    db.document.findMany({
      where: { id: { in: otherIds }, orgId: room.allyOrgId },
      select: { id: true, name: true, version: true },
      orderBy: [{ name: "asc" }, { version: "desc" }, { id: "asc" }],
    }),
    db.$queryRaw<{ id: string }[]>`
      WITH RECURSIVE up(id, parent_id) AS (
        SELECT d.id, d.parent_version_id FROM documents d WHERE d.id = ANY(${[...currentIds]}::uuid[]) AND d.org_id = ${room.allyOrgId}::uuid
        UNION
        SELECT d.id, d.parent_version_id FROM documents d JOIN up ON d.id = up.parent_id WHERE d.org_id = ${room.allyOrgId}::uuid
      )
      SELECT id::text AS id FROM up WHERE id = ANY(${otherIds}::uuid[])`,
  ]);
  const replacedIds = new Set(replaced.map((row) => row.id));
  return [
    ...current,
    ...others.map(
      (document): EngagementDocumentDto => ({
        documentId: document.id,
        name: document.name,
        version: document.version,
        state: replacedIds.has(document.id) ? "replaced" : "unshared",
        pageCount: null,
        seconds: secondsOf(document.id),
        viewers: viewersOf(document.id),
      }),
    ),
  ];
}
