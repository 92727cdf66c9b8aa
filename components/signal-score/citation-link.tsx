import Link from "next/link";
import type { CitationView } from "@/lib/signal-score/get-signal-score-view";

/** Opens the cited page in the data-room viewer; a citation whose document was removed keeps its number only. */
export function citationHref(citation: CitationView): string | null {
  if (!citation.documentId) return null;
  return `/dataroom/documents/${citation.documentId}${citation.page ? `?page=${citation.page}` : ""}`;
}

export function CitationLink({ citation }: { citation: CitationView }) {
  const href = citationHref(citation);
  const title = `${citation.documentName ?? "Removed document"}${citation.page ? `, page ${citation.page}` : ""}`;
  if (!href) return <span className="text-xs text-muted-foreground">[{citation.n}]</span>;
  return (
    <Link
      href={href}
      title={title}
      className="rounded-sm px-0.5 text-xs font-semibold text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
    >
      [{citation.n}]
    </Link>
  );
}
