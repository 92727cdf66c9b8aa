import type { DocumentAnnotation } from "@/lib/db/generated/client";

export type AnnotationPosition = { x: number; y: number; width: number; height: number };
export type AnnotationDto = {
  id: string;
  type: "HIGHLIGHT" | "COMMENT" | "BOOKMARK";
  pageNumber: number;
  position: AnnotationPosition;
  text: string | null;
  color: string | null;
  userId: string;
  userName: string | null;
  createdAt: string;
};

export function toAnnotationDto(row: DocumentAnnotation & { user?: { fullName: string } | null }): AnnotationDto {
  const p = (row.position ?? {}) as Partial<AnnotationPosition>;
  return {
    id: row.id,
    type: row.type,
    pageNumber: row.pageNumber,
    position: { x: Number(p.x ?? 0), y: Number(p.y ?? 0), width: Number(p.width ?? 0), height: Number(p.height ?? 0) },
    text: row.text,
    color: row.color,
    userId: row.userId,
    userName: row.user?.fullName ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
