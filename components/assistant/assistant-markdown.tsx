"use client";

import Link from "next/link";
import { type ComponentProps, useMemo } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import type { AssistantCitation } from "@/lib/assistant/assistant-message";
import { citationNumber, remarkCitationLinks } from "./remark-citation-links";

const PROSE =
  "grid gap-2.5 text-sm leading-relaxed text-foreground [&_a]:text-brand-700 [&_a]:underline-offset-2 [&_a:hover]:underline [&_blockquote]:border-l-2 [&_blockquote]:pl-3 [&_blockquote]:text-muted-foreground [&_code]:rounded [&_code]:bg-muted [&_code]:px-1 [&_code]:text-[13px] [&_h1]:text-base [&_h1]:font-semibold [&_h2]:text-sm [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_li+li]:mt-1 [&_ol]:list-decimal [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-muted [&_pre]:p-2 [&_table]:w-full [&_table]:text-xs [&_td]:border [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:bg-muted [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_ul]:list-disc";

type AssistantMarkdownProps = { text: string; citations: Map<number, AssistantCitation>; onNavigate: () => void };

/**
 * An answer's markdown. Raw HTML is skipped (never rendered), react-markdown's URL filter drops
 * javascript: and the like, and each [n] opens its source; a marker with no source stays text.
 */
export function AssistantMarkdown({ text, citations, onNavigate }: AssistantMarkdownProps) {
  const components = useMemo<Components>(
    () => ({
      a: ({ href, children, node: _node, ...rest }) => {
        const n = citationNumber(href);
        if (n !== null) {
          const citation = citations.get(n);
          return citation ? <CitationMarker n={n} citation={citation} onNavigate={onNavigate} /> : <span>[{n}]</span>;
        }
        if (href?.startsWith("/") && !href.startsWith("//")) {
          return (
            <Link href={href} onClick={onNavigate}>
              {children}
            </Link>
          );
        }
        return (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow" {...(rest as ComponentProps<"a">)}>
            {children}
          </a>
        );
      },
    }),
    [citations, onNavigate],
  );
  return (
    <div className={PROSE}>
      <ReactMarkdown remarkPlugins={[remarkGfm, remarkCitationLinks]} components={components} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
}

function CitationMarker({ n, citation, onNavigate }: { n: number; citation: AssistantCitation; onNavigate: () => void }) {
  return (
    <Link
      href={citation.href}
      onClick={onNavigate}
      title={citation.title}
      aria-label={`Source ${n}: ${citation.title}`}
      data-testid="assistant-citation"
      className="mx-0.5 inline-flex h-4.5 min-w-4.5 items-center justify-center rounded bg-brand-50 px-1 align-text-top text-[11px] font-semibold text-brand-700 no-underline tabular-nums ring-1 ring-brand-200 hover:bg-brand-100"
    >
      {n}
    </Link>
  );
}
