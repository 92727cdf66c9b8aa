import type { SentencePart } from "@/lib/audit/types";
import { cn } from "@/lib/utils/cn";

const EMPHASIS: Record<NonNullable<SentencePart["emphasis"]>, string> = {
  actor: "font-medium text-foreground",
  entity: "font-medium text-foreground break-words",
  value: "font-medium text-foreground",
};

/** An audit entry's sentence, names and values emphasised; the rest in the muted body colour. */
export function AuditSentence({ parts, className }: { parts: SentencePart[]; className?: string }) {
  return (
    <span className={cn("text-muted-foreground", className)}>
      {parts.map((part, index) =>
        part.emphasis ? (
          <span key={index} className={EMPHASIS[part.emphasis]}>
            {part.text}
          </span>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}
