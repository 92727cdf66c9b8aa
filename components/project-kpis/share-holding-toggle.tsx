"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { shareHoldingAction } from "@/lib/project-kpis/actions";

/** Off by default: the developer learns who holds its project only when the investor says so. */
export function ShareHoldingToggle({ holdingId, shared, developerName }: { holdingId: string; shared: boolean; developerName: string }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(shareHoldingAction, { onSuccess: () => router.refresh() });
  return (
    <div className="grid gap-1">
      <label className="flex items-center gap-3 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-primary"
          checked={shared}
          disabled={isPending}
          onChange={(event) => execute({ holdingId, shared: event.target.checked })}
        />
        Show {developerName} that we hold this project
      </label>
      <p className="text-xs text-muted-foreground">Only your organisation's name and the investment date; never amounts or metrics.</p>
      {result.serverError ? <p className="text-sm text-danger">{result.serverError.message}</p> : null}
    </div>
  );
}
