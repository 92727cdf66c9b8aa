import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { visibleClassifications } from "./access-rules";
import { getRoomOrThrow } from "./rooms/get-room-or-throw";
import { portfolioRootFolderId } from "./rooms/portfolio-root-folder-id";
import type { RoomRef } from "./rooms/room-ref";
import { searchText, searchVector } from "./search-text-cap";
import { cleanSearchText } from "@/lib/utils/free-text";

/** ts_headline's markers: control characters no extracted text keeps (see sanitizeExtractedText). */
const START = "\u0002";
const STOP = "\u0003";

export type SnippetPart = { text: string; match: boolean };
export type SearchHit = {
  documentId: string;
  name: string;
  fileType: string;
  projectId: string | null;
  portfolioId: string | null;
  folderId: string | null;
  version: number;
  rank: number;
  snippet: SnippetPart[];
};

/** The snippet as plain parts, so the page highlights matches without rendering any HTML. */
export function toSnippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of headline.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: index % 2 === 1 });
  }
  return parts;
}

type Row = {
  id: string;
  name: string;
  file_type: string;
  project_id: string | null;
  portfolio_id: string | null;
  folder_id: string | null;
  version: number;
  rank: number;
  headline: string;
};

/**
 * Full-text search over the current versions of the org's data room that the role may see,
 * best match first (ts_rank), each with highlighted snippets (ts_headline). Web-search syntax:
 * "exact phrase", -excluded, or. Only the first SEARCH_TEXT_MAX_CHARS of a text are searched.
 */
export async function searchDocuments(
  tenant: Pick<TenantContext, "org" | "role">,
  query: string,
  options: { room?: RoomRef; limit?: number } = {},
): Promise<SearchHit[]> {
  const text = cleanSearchText(query).trim().slice(0, 200);
  if (!text) return [];
  const room = options.room ? await getRoomOrThrow(tenant, options.room) : null;
  const roomFilter = !room ? Prisma.empty : room.kind === "project" ? Prisma.sql`AND d.project_id = ${room.id}::uuid` : Prisma.sql`AND d.portfolio_id = ${room.id}::uuid`;
  const classifications = visibleClassifications(tenant.role);
  const rows = await db.$queryRaw<Row[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${text}) AS query)
    SELECT d.id, d.name, d.file_type, d.project_id, d.portfolio_id, d.folder_id, d.version,
           ts_rank(${searchVector("e")}, q.query)::float8 AS rank,
           ts_headline('english', ${searchText("e")}, q.query,
             ${`StartSel=${START}, StopSel=${STOP}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`}) AS headline
    FROM q, documents d
    JOIN document_extractions e ON e.document_id = d.id AND e.extraction_type = 'TEXT' AND e.status = 'COMPLETED'
    WHERE d.org_id = ${tenant.org.id}::uuid
      AND d.is_deleted = false
      AND d.status = 'READY'
      AND (d.classification IS NULL OR d.classification::text = ANY(${classifications}::text[]))
      AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.parent_version_id = d.id AND n.is_deleted = false)
      AND ${searchVector("e")} @@ q.query
      ${roomFilter}
    ORDER BY rank DESC, d.created_at DESC
    LIMIT ${Math.min(options.limit ?? 20, 50)}`;
  return rows.map((r) => ({
    documentId: r.id,
    name: r.name,
    fileType: r.file_type,
    projectId: r.project_id,
    portfolioId: r.portfolio_id,
    folderId: r.portfolio_id && r.folder_id === portfolioRootFolderId(r.portfolio_id) ? null : r.folder_id,
    version: r.version,
    rank: Number(r.rank),
    snippet: toSnippetParts(r.headline),
  }));
}
