import { FileText } from "lucide-react";
import type { ScreenCitationView } from "@/lib/deal-screening/get-deal-screen-view";

/** The numbered pages a screen cites: document, page, the excerpt quoted. */
export function ScreenSources({ citations }: { citations: ScreenCitationView[] }) {
  if (citations.length === 0) return <p className="text-sm text-muted-foreground">This version cites no document.</p>;
  return (
    <ol className="grid gap-3" aria-label="Sources">
      {citations.map((c) => {
        const heading = (
          <>
            <FileText aria-hidden className="size-4 shrink-0" />
            <span className="truncate">{c.documentName ?? "Removed document"}</span>
            {c.page ? <span className="shrink-0 text-muted-foreground">p. {c.page}</span> : null}
          </>
        );
        return (
          <li key={c.n} className="flex gap-3 text-sm">
            <span className="mt-0.5 w-7 shrink-0 text-right font-semibold tabular-nums text-muted-foreground">[{c.n}]</span>
            <div className="min-w-0">
              {c.href ? (
                <a
                  href={c.href}
                  target="_blank"
                  rel="noopener"
                  className="flex items-center gap-1.5 font-medium text-brand-700 hover:underline"
                  data-testid="citation-link"
                >
                  {heading}
                </a>
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
