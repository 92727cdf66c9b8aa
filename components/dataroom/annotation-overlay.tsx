"use client";

import type { PageViewport } from "pdfjs-dist";
import { useState } from "react";
import type { AnnotationDto, AnnotationPosition } from "@/lib/dataroom/to-annotation-dto";

type Point = [number, number];

/** A PDF-space rectangle (origin bottom-left) as CSS box on the rendered page. */
function toBox(viewport: PageViewport, p: AnnotationPosition) {
  const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([p.x, p.y, p.x + p.width, p.y + p.height]) as [number, number, number, number];
  return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

type AnnotationOverlayProps = {
  viewport: PageViewport;
  annotations: AnnotationDto[];
  /** When set, dragging on the page draws a rectangle and reports it in PDF coordinates. */
  drawing: boolean;
  onDrawn: (position: AnnotationPosition) => void;
  selectedId: string | null;
};

export function AnnotationOverlay({ viewport, annotations, drawing, onDrawn, selectedId }: AnnotationOverlayProps) {
  const [start, setStart] = useState<Point | null>(null);
  const [end, setEnd] = useState<Point | null>(null);
  const local = (event: React.PointerEvent<HTMLDivElement>): Point => {
    const rect = event.currentTarget.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  };
  function finish() {
    if (start && end && Math.abs(end[0] - start[0]) > 4 && Math.abs(end[1] - start[1]) > 4) {
      const [ax, ay] = viewport.convertToPdfPoint(start[0], start[1]) as Point;
      const [bx, by] = viewport.convertToPdfPoint(end[0], end[1]) as Point;
      onDrawn({ x: Math.min(ax, bx), y: Math.min(ay, by), width: Math.abs(bx - ax), height: Math.abs(by - ay) });
    }
    setStart(null);
    setEnd(null);
  }

  return (
    <div
      data-testid="annotation-layer"
      className={drawing ? "absolute inset-0 cursor-crosshair touch-none" : "pointer-events-none absolute inset-0"}
      onPointerDown={(e) => drawing && (e.currentTarget.setPointerCapture(e.pointerId), setStart(local(e)), setEnd(local(e)))}
      onPointerMove={(e) => start && setEnd(local(e))}
      onPointerUp={finish}
    >
      {annotations
        .filter((a) => a.type !== "BOOKMARK")
        .map((a) => (
          <div
            key={a.id}
            title={a.text ?? `${a.type.toLowerCase()} by ${a.userName ?? "someone"}`}
            className={a.id === selectedId ? "absolute ring-2 ring-primary" : "absolute"}
            style={{
              ...toBox(viewport, a.position),
              background: a.type === "HIGHLIGHT" ? `${a.color ?? "#FACC15"}55` : "transparent",
              border: a.type === "COMMENT" ? `2px solid ${a.color ?? "#38BDF8"}` : undefined,
            }}
          />
        ))}
      {start && end ? (
        <div
          className="absolute border-2 border-dashed border-primary bg-primary/10"
          style={{ left: Math.min(start[0], end[0]), top: Math.min(start[1], end[1]), width: Math.abs(end[0] - start[0]), height: Math.abs(end[1] - start[1]) }}
        />
      ) : null}
    </div>
  );
}
