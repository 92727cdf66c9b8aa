/**
 * A data room is a project's (ally orgs) or a portfolio's (investor orgs). Safe for client
 * components: only the kind and the id travel, never the owning row; and no zod here (its
 * schema is in ../schemas.ts), which would add ~30 KB gzip to every page that links to a room.
 */
export type RoomKind = "project" | "portfolio";
export type RoomRef = { kind: RoomKind; id: string };

/** Where the room lives in the app; every room page hangs off this path. */
export function roomPath(room: RoomRef): string {
  return room.kind === "project" ? `/dataroom/${room.id}` : `/dataroom/portfolios/${room.id}`;
}

export function folderHref(room: RoomRef, folderId: string | null, page = 1): string {
  const params = new URLSearchParams();
  if (folderId) params.set("folder", folderId);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `${roomPath(room)}${query ? `?${query}` : ""}`;
}

export function documentHref(room: RoomRef, documentId: string): string {
  return `${roomPath(room)}/documents/${documentId}`;
}

/** The room a document row belongs to, from its owner columns. */
export function roomOfDocument(document: { projectId: string | null; portfolioId: string | null }): RoomRef | null {
  if (document.projectId) return { kind: "project", id: document.projectId };
  if (document.portfolioId) return { kind: "portfolio", id: document.portfolioId };
  return null;
}

export function sameRoom(a: RoomRef | null, b: RoomRef): boolean {
  return a !== null && a.kind === b.kind && a.id === b.id;
}
