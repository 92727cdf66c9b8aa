"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { redeliverWebhookAction } from "@/lib/webhooks/actions";

/** Sends the logged message again now; the new attempt appears at the top of the log. */
export function RedeliverButton({ deliveryId, disabled }: { deliveryId: string; disabled: boolean }) {
  const { execute, result, isPending } = useAction(redeliverWebhookAction);
  return (
    <span className="grid justify-items-end gap-1">
      <Button size="sm" variant="outline" disabled={disabled || isPending} aria-busy={isPending} onClick={() => execute({ deliveryId })}>
        {isPending ? "Sending…" : "Redeliver"}
      </Button>
      {result.serverError ? <span className="max-w-48 text-right text-xs text-danger">{result.serverError.message}</span> : null}
    </span>
  );
}
