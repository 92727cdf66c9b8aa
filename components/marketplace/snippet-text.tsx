import type { MarketplaceRow } from "@/lib/marketplace/search-marketplace";

/** Highlighted passages as text segments: the words found are <mark>ed, nothing is parsed as HTML. */
export function SnippetText({ snippet, fallback }: { snippet: MarketplaceRow["snippet"]; fallback: string }) {
  if (!snippet || snippet.length === 0) return <>{fallback}</>;
  return (
    <>
      {snippet.map((segment, index) =>
        segment.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
          <mark key={index} className="rounded-sm bg-warning-soft px-0.5 text-foreground">
            {segment.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
