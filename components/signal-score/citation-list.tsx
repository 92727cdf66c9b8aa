import { FileText } from "lucide-react";
import Link from "next/link";
import type { CitationView } from "@/lib/signal-score/get-signal-score-view";
import { citationHref } from "./citation-link";

/** The first sources are listed; the rest fold away so the page stays scannable. */
const SHOWN_FIRST = 6;

/** The numbered sources a score cites, each opening the document at the cited page. */
export function CitationList({ citations }: { citations: CitationView[] }) {
  if (citations.length === 0) return <p className="text-sm text-muted-foreground">This version cites no documents.</p>;
  const rest = citations.slice(SHOWN_FIRST);
  return (
    <div className="grid gap-3">
      <Sources citations={citations.slice(0, SHOWN_FIRST)} />
      {rest.length ? (
        <details className="group">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Show {rest.length} more sources</summary>
          <div className="mt-3">
            <Sources citations={rest} />
          </div>
        </details>
      ) : null}
    </div>
  );
}

function Sources({ citations }: { citations: CitationView[] }) {
  return (
    <ol className="grid gap-3" aria-label="Sources">
      {citations.map((c) => {
        const href = citationHref(c);
        const heading = (
          <>
            <FileText aria-hidden className="size-4 shrink-0" />
            <span className="truncate">{c.documentName ?? "Removed document"}</span>
            {c.page ? <span className="shrink-0 text-muted-foreground">p. {c.page}</span> : null}
          </>
        );
        return (
          <li key={c.n} id={`source-${c.n}`} className="flex gap-3 text-sm">
            <span className="mt-0.5 w-7 shrink-0 text-right font-semibold tabular-nums text-muted-foreground">[{c.n}]</span>
            <div className="min-w-0">
              {href ? (
                <Link href={href} className="flex items-center gap-1.5 font-medium text-brand-700 hover:underline" data-testid="citation-link">
                  {heading}
                </Link>
              ) : (
                <span className="flex items-center gap-1.5 font-medium">{heading}</span>
              )}
              {c.excerpt ? <blockquote className="mt-1 border-l-2 border-border pl-3 text-muted-foreground">{c.excerpt}</blockquote> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
