import type { ScreenCitationView } from "@/lib/deal-screening/get-deal-screen-view";

/** [n], opening the cited page of the public document in a new tab; a removed document keeps its number only. */
export function ScreenCitationLink({ citation }: { citation: ScreenCitationView }) {
  const title = `${citation.documentName ?? "Removed document"}${citation.page ? `, page ${citation.page}` : ""}`;
  if (!citation.href) return <span className="text-xs text-muted-foreground">[{citation.n}]</span>;
  return (
    <a
      href={citation.href}
      target="_blank"
      rel="noopener"
      title={title}
      className="rounded-sm px-0.5 text-xs font-semibold text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
    >
      [{citation.n}]
    </a>
  );
}

/** A text with each [n] turned into a link to its source. */
export function CitedText({ text, citations }: { text: string; citations: ScreenCitationView[] }) {
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  return (
    <>
      {text.split(/(\[\d+\])/g).map((part, index) => {
        const match = /^\[(\d+)\]$/.exec(part);
        const citation = match ? byNumber.get(Number(match[1])) : undefined;
        return citation ? <ScreenCitationLink key={index} citation={citation} /> : <span key={index}>{part}</span>;
      })}
    </>
  );
}
