"use client";

import { Button } from "@/components/ui/button";
import type { CovenantSuggestion } from "@/lib/covenants/list-covenant-suggestions";
import type { CovenantDraft } from "@/lib/covenants/suggest-covenant";

/** The org's screening risks and memo assumptions about this project, each one click from a drafted covenant. */
export function CovenantSuggestions({ suggestions, onUse }: { suggestions: CovenantSuggestion[]; onUse: (draft: CovenantDraft) => void }) {
  return (
    <details className="rounded-md border border-border p-3">
      <summary className="cursor-pointer text-sm font-medium">From your screening and memo ({suggestions.length})</summary>
      <ul className="mt-3 grid gap-2">
        {suggestions.map((s) => (
          <li key={s.text} className="flex items-start justify-between gap-3 text-sm">
            <span>
              <span className="text-xs font-medium text-muted-foreground">{s.origin}: </span>
              {s.text}
            </span>
            <Button type="button" size="sm" variant="outline" onClick={() => onUse(s.draft)} aria-label={`Make a covenant from: ${s.text.slice(0, 80)}`}>
              Make a covenant
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
