"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";

/** Revoking cannot be undone: programs using the key are refused from their next request. */
export function RevokeApiKeyButton({ apiKeyId, name, prefix }: { apiKeyId: string; name: string; prefix: string }) {
  const { executeAsync, result } = useAction(revokeApiKeyAction);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm">
          Revoke
        </Button>
      }
      title={`Revoke “${name}”?`}
      description={`Every program using the key ${prefix}… is refused from its next request. A revoked key cannot be turned back on; create a new one instead.`}
      confirmLabel="Revoke key"
      pendingLabel="Revoking…"
      error={result.serverError?.message}
      onConfirm={async () => {
        const outcome = await executeAsync({ apiKeyId });
        return !outcome?.serverError;
      }}
    />
  );
}
