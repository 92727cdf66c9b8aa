"use client";

import { ChevronLeft, ChevronRight, Minus, Plus, Printer, Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

type PdfToolbarProps = {
  page: number;
  pageCount: number;
  scale: number;
  query: string;
  hits: number[];
  onPage: (page: number) => void;
  onScale: (scale: number) => void;
  /** Without it, no search box (a viewer with no extracted text to search). */
  onQuery?: (query: string) => void;
  /** Without it, no Print button (a viewer whose prints are not logged, such as a deal room's). */
  onPrint?: () => void;
  printing?: boolean;
};

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/** Page navigation, zoom, and search over the extracted text (matches listed as page buttons). */
export function PdfToolbar({ page, pageCount, scale, query, hits, onPage, onScale, onQuery, onPrint, printing }: PdfToolbarProps) {
  const zoomIndex = ZOOM_STEPS.indexOf(scale);
  const nextHit = hits.find((p) => p > page) ?? hits[0];
  return (
    <div className="grid gap-2 rounded-lg border border-border bg-surface p-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="outline" size="icon-sm" aria-label="Previous page" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          <ChevronLeft aria-hidden />
        </Button>
        <label className="flex items-center gap-1.5 text-sm">
          <span className="sr-only">Page</span>
          <Input
            type="number"
            min={1}
            max={pageCount}
            value={page}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (n >= 1 && n <= pageCount) onPage(n);
            }}
            className="h-8 w-16 text-center"
            aria-label="Page number"
          />
          <span className="text-muted-foreground">of {pageCount}</span>
        </label>
        <Button variant="outline" size="icon-sm" aria-label="Next page" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
          <ChevronRight aria-hidden />
        </Button>
        <span className="mx-1 h-5 w-px bg-border" aria-hidden />
        <Button variant="outline" size="icon-sm" aria-label="Zoom out" disabled={zoomIndex <= 0} onClick={() => onScale(ZOOM_STEPS[zoomIndex - 1]!)}>
          <Minus aria-hidden />
        </Button>
        <span className="w-12 text-center text-sm tabular-nums" aria-live="polite">
          {Math.round(scale * 100)}%
        </span>
        <Button variant="outline" size="icon-sm" aria-label="Zoom in" disabled={zoomIndex >= ZOOM_STEPS.length - 1} onClick={() => onScale(ZOOM_STEPS[zoomIndex + 1]!)}>
          <Plus aria-hidden />
        </Button>
        {onPrint ? (
          <>
            <span className="mx-1 hidden h-5 w-px bg-border sm:block" aria-hidden />
            <Button variant="outline" size="sm" disabled={printing} onClick={onPrint}>
              <Printer aria-hidden /> {printing ? "Logging…" : "Print"}
            </Button>
          </>
        ) : null}
        {onQuery ? (
          <form
            className="relative ml-auto w-full sm:w-64"
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              if (nextHit) onPage(nextHit);
            }}
          >
            <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input
              type="search"
              value={query}
              onChange={(e) => onQuery(e.target.value)}
              placeholder="Find in document"
              aria-label="Find in document"
              className="h-8 pl-8"
            />
          </form>
        ) : null}
      </div>
      {query.trim().length >= 2 ? (
        <p className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground" role="status">
          {hits.length ? (
            <>
              Found on page{hits.length > 1 ? "s" : ""}{" "}
              {hits.map((p) => (
                <button
                  key={p}
                  type="button"
                  onClick={() => onPage(p)}
                  className={p === page ? "rounded bg-brand-50 px-1.5 font-medium text-brand-700" : "rounded px-1.5 hover:bg-accent"}
                >
                  {p}
                </button>
              ))}
            </>
          ) : (
            "No match in this document's text."
          )}
        </p>
      ) : null}
    </div>
  );
}
