"use client";

import { Eye, EyeOff } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { setProjectWatchAction } from "@/lib/marketplace/actions";

/** Watching notifies you of the project's material changes: documents published, a new score, milestones done or late. */
export function WatchProjectButton({ projectId, watching }: { projectId: string; watching: boolean }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(setProjectWatchAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="outline" onClick={() => execute({ projectId, watching: !watching })} disabled={isPending} aria-pressed={watching}>
        {watching ? <EyeOff aria-hidden /> : <Eye aria-hidden />}
        {watching ? "Stop watching" : "Watch"}
      </Button>
      {result.serverError ? (
        <p role="alert" className="text-xs text-danger">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
