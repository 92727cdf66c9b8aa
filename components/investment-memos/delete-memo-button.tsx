"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteMemoAction } from "@/lib/investment-memos/actions";

/** Deletes the memo after a confirmation, then goes back to the deal's memos. */
export function DeleteMemoButton({ entryId, memoId, title }: { entryId: string; memoId: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline">
          <Trash2 aria-hidden /> Delete
        </Button>
      }
      title={`Delete “${title}”?`}
      description="The memo, its edits and its citations are deleted. The deal screen it was written from stays, and you can write a new memo from it."
      confirmLabel="Delete memo"
      pendingLabel="Deleting…"
      error={error}
      onOpenChange={() => setError(null)}
      onConfirm={async () => {
        const result = await deleteMemoAction({ memoId });
        const message = result?.serverError?.message ?? (result?.validationErrors ? "That request was not valid: reload the page and try again." : null);
        setError(message);
        if (!message) router.push(`/pipeline/${entryId}/memo`);
        return message === null;
      }}
    />
  );
}
