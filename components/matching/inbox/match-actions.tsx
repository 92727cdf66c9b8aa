"use client";

import { LoaderCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { transitionMatchAction } from "@/lib/matching/inbox/actions";
import { type MatchState, type MatchSide, type MatchTransition, offeredMatchTransitions } from "@/lib/matching/inbox/match-transitions";

type Props = { matchId: string; side: MatchSide; match: MatchState };

const PRIMARY = new Set(["INTERESTED", "CONNECTED"]);

/**
 * The moves this side may make now (the server checks the same table). Moves that close the match
 * or set it aside are confirmed first; a refusal (someone moved it meanwhile) is shown beside them.
 */
export function MatchActions({ matchId, side, match }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const offered = offeredMatchTransitions(side, match);

  /** The error to show, or null once the match moved (the page then reloads its data). */
  async function move(transition: MatchTransition): Promise<string | null> {
    const result = await transitionMatchAction({ matchId, to: transition.to });
    const message = result?.serverError?.message ?? (result?.validationErrors ? "That request was not valid: reload the page and try again." : null);
    if (!message) router.refresh();
    return message;
  }

  async function moveDirectly(transition: MatchTransition) {
    setPending(transition.to);
    setError(await move(transition));
    setPending(null);
  }

  if (!offered.length) return null;
  return (
    <div className="grid justify-items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        {offered.map((transition) =>
          transition.confirm ? (
            <ConfirmDialog
              key={`${transition.to}-${transition.label}`}
              trigger={
                <Button variant="outline" disabled={pending !== null}>
                  {transition.label}
                </Button>
              }
              title={transition.confirm.title}
              description={transition.confirm.description}
              confirmLabel={transition.label}
              pendingLabel="Saving…"
              error={error}
              onConfirm={async () => {
                const message = await move(transition);
                setError(message);
                return message === null;
              }}
            />
          ) : (
            <Button
              key={`${transition.to}-${transition.label}`}
              variant={PRIMARY.has(transition.to) ? "default" : "outline"}
              disabled={pending !== null}
              aria-busy={pending === transition.to}
              onClick={() => moveDirectly(transition)}
            >
              {pending === transition.to ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
              {transition.label}
            </Button>
          ),
        )}
      </div>
      {error ? (
        <p role="alert" className="max-w-md rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
