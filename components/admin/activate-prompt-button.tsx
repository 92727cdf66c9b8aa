"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { activatePromptVersionAction } from "@/lib/prompts/actions";

/** Switching the live prompt changes every following AI run of the task: confirmed first. */
export function ActivatePromptButton({
  promptId,
  taskType,
  version,
  activeVersion,
}: {
  promptId: string;
  taskType: string;
  version: number;
  activeVersion: number | null;
}) {
  const router = useRouter();
  const { executeAsync, result, isPending } = useAction(activatePromptVersionAction);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm">
          Activate
        </Button>
      }
      title={`Activate version ${version} of ${taskType}?`}
      description={`Every ${taskType} run from now on uses version ${version}${activeVersion ? ` instead of version ${activeVersion}` : ""}. You can switch back at any time.`}
      confirmLabel={`Activate v${version}`}
      pendingLabel="Activating…"
      destructive={false}
      pending={isPending}
      error={result.serverError?.message}
      onConfirm={async () => {
        const outcome = await executeAsync({ promptId });
        if (!outcome?.data) return false;
        router.refresh();
      }}
    />
  );
}
