"use client";

import { FileText } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { generateMemoAction } from "@/lib/investment-memos/actions";

/** Queues a memo from the deal's latest completed screen and opens it, where its status shows live until it is written. */
export function GenerateMemoButton({ entryId, label = "Generate memo" }: { entryId: string; label?: string }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(generateMemoAction, {
    onSuccess: ({ data }) => (data ? router.push(`/pipeline/${entryId}/memo/${data.memoId}`) : router.refresh()),
  });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button onClick={() => execute({ entryId })} disabled={isPending} aria-busy={isPending} data-testid="generate-memo">
        <FileText aria-hidden />
        {isPending ? "Queuing…" : label}
      </Button>
      {result.serverError ? (
        <p role="alert" className="max-w-sm text-right text-xs text-danger">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
