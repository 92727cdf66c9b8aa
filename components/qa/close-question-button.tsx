"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { closeQuestionAction } from "@/lib/qa/actions";

const DESCRIPTION = {
  investor: "Close it when the answer settles it, or to withdraw it. The developer stops working on it, and a closed question takes no more answers.",
  ally: "Close it when it is a duplicate or out of scope. The investor sees it closed, and it takes no more answers.",
};

/** Closes the question after a confirmation; a refusal (it was closed meanwhile) stays in the dialog. */
export function CloseQuestionButton({ questionId, number, side }: { questionId: string; number: number; side: "investor" | "ally" }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <ConfirmDialog
      trigger={<Button variant="outline">Close question</Button>}
      title={`Close question #${number}?`}
      description={DESCRIPTION[side]}
      confirmLabel="Close question"
      pendingLabel="Closing…"
      error={error}
      onOpenChange={() => setError(null)}
      onConfirm={async () => {
        const result = await closeQuestionAction({ questionId });
        const message = result?.serverError?.message ?? (result?.validationErrors ? "That request was not valid: reload the page and try again." : null);
        setError(message);
        if (!message) router.refresh();
        return message === null;
      }}
    />
  );
}
