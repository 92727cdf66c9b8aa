"use client";

import { ScanSearch } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { screenProjectAction } from "@/lib/deal-screening/actions";

export function ScreenDealButton({ projectId, running, label }: { projectId: string; running: boolean; label: string }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(screenProjectAction, { onSuccess: () => router.refresh() });
  const busy = isPending || running;
  return (
    <div className="flex flex-col items-end gap-1">
      <Button onClick={() => execute({ projectId })} disabled={busy} aria-busy={busy} data-testid="screen-deal">
        <ScanSearch aria-hidden />
        {busy ? "Screening…" : label}
      </Button>
      {result.serverError ? (
        <p role="alert" className="text-xs text-danger">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
