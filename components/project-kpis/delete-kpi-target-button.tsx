"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteKpiTargetAction } from "@/lib/project-kpis/actions";

export function DeleteKpiTargetButton({ targetId, label }: { targetId: string; label: string }) {
  const router = useRouter();
  const { executeAsync, result } = useAction(deleteKpiTargetAction);
  return (
    <ConfirmDialog
      trigger={
        <Button size="sm" variant="ghost" className="text-danger">
          Stop tracking
        </Button>
      }
      title={`Stop tracking ${label}?`}
      description="The target and its open requests are removed. What the developer already reported stays theirs; covenants on this KPI keep their last reading."
      confirmLabel="Stop tracking"
      error={result.serverError?.message}
      onConfirm={async () => {
        const outcome = await executeAsync({ targetId });
        if (!outcome?.data) return false;
        router.refresh();
      }}
    />
  );
}
