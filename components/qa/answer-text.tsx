import { CitationLink } from "@/components/signal-score/citation-link";
import { CitationList } from "@/components/signal-score/citation-list";
import type { CitationView } from "@/lib/signal-score/get-signal-score-view";
import type { QaCitationDto } from "@/lib/qa/get-question-thread";

export function toCitationViews(citations: QaCitationDto[]): CitationView[] {
  return citations.map((c) => ({ n: c.number, documentId: c.documentId, documentName: c.documentName, page: c.pageNumber, excerpt: c.excerpt }));
}

/**
 * An answer's text. With `linkCitations` (the project's own team, whose data room the sources are
 * in) each [n] opens the cited page and the sources are listed; otherwise the text is shown as written.
 */
export function AnswerText({ content, citations, linkCitations }: { content: string; citations: QaCitationDto[]; linkCitations: boolean }) {
  const views = toCitationViews(citations);
  const byNumber = new Map(views.map((c) => [c.n, c]));
  const parts = linkCitations && views.length ? content.split(/(\[\d+\])/g) : [content];
  return (
    <div className="grid gap-3">
      <p className="text-sm leading-relaxed whitespace-pre-line">
        {parts.map((part, index) => {
          const match = /^\[(\d+)\]$/.exec(part);
          const citation = match ? byNumber.get(Number(match[1])) : undefined;
          return citation ? <CitationLink key={index} citation={citation} /> : <span key={index}>{part}</span>;
        })}
      </p>
      {linkCitations && views.length ? (
        <div className="grid gap-2 border-t border-border pt-3">
          <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Sources</p>
          <CitationList citations={views} />
        </div>
      ) : null}
    </div>
  );
}
