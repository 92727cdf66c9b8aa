"use client";

import { HandHeart } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { expressInterestAction } from "@/lib/matching/inbox/actions";

/** Tells the developer you are interested: the match opens to them and a conversation can start. */
export function ExpressInterestButton({ projectId }: { projectId: string }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(expressInterestAction, {
    onSuccess: ({ data }) => {
      if (data?.matchId) router.push(`/matches/${data.matchId}`);
    },
  });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button onClick={() => execute({ projectId })} disabled={isPending}>
        <HandHeart aria-hidden />
        {isPending ? "Telling the developer…" : "Express interest"}
      </Button>
      {result.serverError ? (
        <p role="alert" className="max-w-xs text-right text-xs text-danger">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
