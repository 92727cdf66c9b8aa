/**
 * Drag and drop between the document table and the folder tree uses the browser's own
 * dataTransfer, so the two components need no shared state: a custom MIME type says what moves.
 */
export const DRAG_MIME = "application/x-scr-dataroom-item";

export type DragPayload = { kind: "folder" | "document"; id: string; name: string };

export function setDragPayload(event: React.DragEvent, payload: DragPayload) {
  event.dataTransfer.setData(DRAG_MIME, JSON.stringify(payload));
  event.dataTransfer.effectAllowed = "move";
}

export function isDataRoomDrag(event: React.DragEvent): boolean {
  return event.dataTransfer.types.includes(DRAG_MIME);
}

export function readDragPayload(event: React.DragEvent): DragPayload | null {
  try {
    const parsed = JSON.parse(event.dataTransfer.getData(DRAG_MIME)) as DragPayload;
    return (parsed.kind === "folder" || parsed.kind === "document") && typeof parsed.id === "string" ? parsed : null;
  } catch {
    return null;
  }
}
