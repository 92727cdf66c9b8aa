"use client";

import { Sparkles } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { requestSignalScoreAction } from "@/lib/signal-score/actions";

export function RequestScoreButton({ projectId, running, label = "Run Signal Score" }: { projectId: string; running: boolean; label?: string }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(requestSignalScoreAction, { onSuccess: () => router.refresh() });
  const busy = isPending || running;
  return (
    <div className="flex flex-col items-end gap-1">
      <Button onClick={() => execute({ projectId })} disabled={busy} aria-busy={busy}>
        <Sparkles aria-hidden />
        {busy ? "Scoring…" : label}
      </Button>
      {result.serverError ? (
        <p role="alert" className="text-xs text-danger">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
