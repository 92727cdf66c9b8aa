import type { CitationView } from "@/lib/signal-score/get-signal-score-view";
import { CitationLink } from "./citation-link";

/** The narrative with each [n] turned into a link to its source. */
export function NarrativeText({ text, citations }: { text: string; citations: CitationView[] }) {
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  const parts = text.split(/(\[\d+\])/g);
  return (
    <p className="text-sm leading-relaxed">
      {parts.map((part, index) => {
        const match = /^\[(\d+)\]$/.exec(part);
        const citation = match ? byNumber.get(Number(match[1])) : undefined;
        return citation ? <CitationLink key={index} citation={citation} /> : <span key={index}>{part}</span>;
      })}
    </p>
  );
}
