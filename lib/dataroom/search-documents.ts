import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { visibleClassifications } from "./access-rules";
import { getRoomOrThrow } from "./rooms/get-room-or-throw";
import { portfolioRootFolderId } from "./rooms/portfolio-root-folder-id";
import type { RoomRef } from "./rooms/room-ref";
import { SNIPPET_START, SNIPPET_STOP, type SearchRow, searchDocumentsQuery } from "./search-documents-query";
import { cleanSearchText } from "@/lib/utils/free-text";

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
  for (const [index, piece] of headline.split(new RegExp(`[${SNIPPET_START}${SNIPPET_STOP}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: index % 2 === 1 });
  }
  return parts;
}

/**
 * Full-text search over the current versions of the org's data room that the role may see,
 * best match first (ts_rank of the document's best chunk), each with highlighted snippets
 * (ts_headline) from that chunk. Web-search syntax: "exact phrase", -excluded, or. The first
 * SEARCH_DOCUMENT_MAX_CHARS of a text are searched (lib/dataroom/search-text-cap.ts).
 */
export async function searchDocuments(
  tenant: Pick<TenantContext, "org" | "role">,
  query: string,
  options: { room?: RoomRef; limit?: number } = {},
): Promise<SearchHit[]> {
  const text = cleanSearchText(query).trim().slice(0, 200);
  if (!text) return [];
  const room = options.room ? await getRoomOrThrow(tenant, options.room) : null;
  const scope = { orgId: tenant.org.id, classifications: visibleClassifications(tenant.role), room: room && { kind: room.kind, id: room.id } };
  const rows = await db.$queryRaw<SearchRow[]>(searchDocumentsQuery(scope, text, Math.min(options.limit ?? 20, 50)));
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
