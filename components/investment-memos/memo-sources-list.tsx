import type { MemoSourceView } from "@/lib/investment-memos/memo-sections";

/** The memo's numbered sources: what [n] in the text refers to. */
export function MemoSourcesList({ sources }: { sources: MemoSourceView[] }) {
  if (sources.length === 0) return <p className="text-sm text-muted-foreground">The screen this memo was written from cited no page.</p>;
  return (
    <ol className="grid gap-2 text-sm">
      {sources.map((s) => (
        <li key={s.n} id={`memo-source-${s.n}`} className="grid gap-0.5">
          <span className="font-medium">
            [{s.n}]{" "}
            {s.href ? (
              <a href={s.href} target="_blank" rel="noreferrer" className="underline-offset-2 hover:underline">
                {s.documentName ?? "A removed document"}
              </a>
            ) : (
              (s.documentName ?? "A removed document")
            )}
            {s.page ? `, page ${s.page}` : ""}
          </span>
          {s.excerpt ? <span className="text-muted-foreground">“{s.excerpt}”</span> : null}
        </li>
      ))}
    </ol>
  );
}
