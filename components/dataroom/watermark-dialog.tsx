"use client";

import { Stamp } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { setDocumentWatermarkAction } from "@/lib/dataroom/actions";

export type WatermarkTarget = { id: string; name: string; watermarkEnabled: boolean };

type WatermarkDialogProps = {
  document: WatermarkTarget | null;
  /** Uncontrolled: the button that opens it (the viewer). Controlled: open/onClose (a table row's menu). */
  trigger?: boolean;
  onClose?: () => void;
};

/**
 * Switches download watermarking on or off for a document and every earlier version of it: one
 * setting per chain, so no older version stays downloadable without the stamp.
 */
export function WatermarkDialog({ document, trigger = false, onClose }: WatermarkDialogProps) {
  const router = useRouter();
  const action = useAction(setDocumentWatermarkAction);
  const enable = !document?.watermarkEnabled;
  return (
    <ConfirmDialog
      trigger={
        trigger ? (
          <Button variant="outline">
            <Stamp aria-hidden /> {enable ? "Watermark downloads" : "Stop watermarking"}
          </Button>
        ) : undefined
      }
      open={trigger ? undefined : document !== null}
      onOpenChange={(open) => {
        if (open) return;
        action.reset();
        onClose?.();
      }}
      title={enable ? `Watermark downloads of “${document?.name ?? ""}”?` : `Stop watermarking “${document?.name ?? ""}”?`}
      description={
        enable
          ? "From now on every view and download of this PDF, in all its versions, is stamped with the person's name, email and the time. Copies downloaded before stay as they were."
          : "Views and downloads of this PDF, in all its versions, will be the file exactly as uploaded, without anyone's name on it."
      }
      confirmLabel={enable ? "Watermark all versions" : "Stop watermarking"}
      pendingLabel="Saving…"
      destructive={!enable}
      error={action.result.serverError?.message ?? null}
      onConfirm={async () => {
        if (!document) return false;
        const result = await action.executeAsync({ documentId: document.id, enabled: enable });
        if (!result?.data) return false;
        router.refresh();
        return true;
      }}
    />
  );
}
