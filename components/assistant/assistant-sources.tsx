import { Briefcase, ChartPie, DoorOpen, FileText, FolderKanban, Gauge, Handshake, MessageCircleQuestionMark } from "lucide-react";
import Link from "next/link";
import type { AssistantCitation, AssistantCitationKind } from "@/lib/assistant/assistant-message";

const ICONS: Record<AssistantCitationKind, typeof FileText> = {
  "document-page": FileText,
  project: FolderKanban,
  portfolio: Briefcase,
  holding: ChartPie,
  question: MessageCircleQuestionMark,
  match: Handshake,
  "signal-score": Gauge,
  "deal-room": DoorOpen,
};

/** The numbered sources under an answer, each opening its record (a document at its page). */
export function AssistantSources({ citations, onNavigate }: { citations: AssistantCitation[]; onNavigate: () => void }) {
  return (
    <div className="grid gap-2 border-t border-border pt-3">
      <p className="text-[11px] font-semibold tracking-wide text-muted-foreground uppercase">Sources</p>
      <ol className="grid gap-2" aria-label="Sources">
        {citations.map((citation) => {
          const Icon = ICONS[citation.kind] ?? FileText;
          return (
            <li key={citation.n} className="flex gap-2 text-xs">
              <span className="mt-px w-5 shrink-0 text-right font-semibold tabular-nums text-muted-foreground">{citation.n}</span>
              <div className="min-w-0">
                <Link
                  href={citation.href}
                  onClick={onNavigate}
                  className="flex items-center gap-1.5 font-medium text-brand-700 hover:underline"
                  data-testid="assistant-source-link"
                >
                  <Icon aria-hidden className="size-3.5 shrink-0" />
                  <span className="truncate">{citation.title}</span>
                </Link>
                {citation.snippet ? <blockquote className="mt-1 line-clamp-3 border-l-2 border-border pl-2 text-muted-foreground">{citation.snippet}</blockquote> : null}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
