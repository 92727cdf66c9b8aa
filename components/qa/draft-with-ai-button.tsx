"use client";

import { Sparkles } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { draftAnswerWithAiAction } from "@/lib/qa/draft-answer-with-ai-action";

/** Asks the AI for a draft from the project's documents; it lands in the drafts below, citing its sources. */
export function DraftWithAiButton({ questionId }: { questionId: string }) {
  const { execute, result, isPending } = useAction(draftAnswerWithAiAction);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" size="sm" onClick={() => execute({ questionId })} disabled={isPending} aria-busy={isPending}>
        <Sparkles aria-hidden /> {isPending ? "Drafting from your documents…" : "Draft with AI"}
      </Button>
      <span role="status" aria-live="polite" className="text-xs">
        {result.serverError ? (
          <span className="text-danger">{result.serverError.message}</span>
        ) : result.data ? (
          <span className="text-success">AI draft added below.</span>
        ) : null}
      </span>
    </span>
  );
}
