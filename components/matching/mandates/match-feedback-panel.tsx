"use client";

import { ThumbsDown, ThumbsUp } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { rateMatchAction } from "@/lib/matching/mandates/actions";
import type { MatchFeedback } from "@/lib/matching/mandates/match-feedback";

type Props = { matchId: string; projectName: string; feedback: MatchFeedback; canRate: boolean };

/**
 * Thumbs up/down with an optional comment on one match, and what the team said: the tallies and
 * the latest comments. Rating again replaces the person's earlier rating.
 */
export function MatchFeedbackPanel({ matchId, projectName, feedback, canRate }: Props) {
  const router = useRouter();
  const [rating, setRating] = useState<1 | -1 | null>(feedback.mine ? (feedback.mine.rating > 0 ? 1 : -1) : null);
  const [comment, setComment] = useState(feedback.mine?.comment ?? "");
  const [saved, setSaved] = useState(false);
  const { execute, isPending, result } = useAction(rateMatchAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const error = result.validationErrors?.fieldErrors?.comment?.[0] ?? result.validationErrors?.fieldErrors?.rating?.[0] ?? result.serverError?.message;

  const choice = (value: 1 | -1, Icon: typeof ThumbsUp, label: string, count: number) => (
    <Button
      type="button"
      variant={rating === value ? "default" : "outline"}
      size="sm"
      aria-pressed={rating === value}
      disabled={!canRate}
      aria-label={`${label}: ${count} so far`}
      onClick={() => {
        setRating(value);
        setSaved(false);
      }}
    >
      <Icon aria-hidden /> <span className="tabular-nums">{count}</span>
    </Button>
  );

  return (
    <form
      className="grid gap-3"
      aria-label={`Feedback on the match with ${projectName}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (rating) execute({ matchId, rating, comment: comment || undefined });
      }}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-muted-foreground">{canRate ? "A good suggestion?" : "Your team's ratings"}</span>
        {choice(1, ThumbsUp, "Good match", feedback.up)}
        {choice(-1, ThumbsDown, "Poor match", feedback.down)}
      </div>
      {canRate && rating ? (
        <>
          <Field label="Comment (optional)" error={error}>
            <Textarea
              rows={2}
              value={comment}
              maxLength={2000}
              placeholder="What makes it a good or a poor fit?"
              onChange={(event) => {
                setComment(event.target.value);
                setSaved(false);
              }}
            />
          </Field>
          <div className="flex items-center gap-3">
            <Button type="submit" size="sm" disabled={isPending} aria-busy={isPending}>
              {isPending ? "Saving…" : "Save feedback"}
            </Button>
            {saved ? (
              <span role="status" className="text-sm text-success">
                Feedback saved.
              </span>
            ) : null}
          </div>
        </>
      ) : null}
      {feedback.comments.length > 0 ? (
        <ul className="grid gap-2 border-l-2 border-border pl-3" aria-label="Comments from your team">
          {feedback.comments.map((entry) => (
            <li key={`${entry.userName}-${entry.createdAt}`} className="text-sm">
              <span className="font-medium">{entry.userName}</span>{" "}
              {entry.rating > 0 ? (
                <ThumbsUp aria-label="rated it good" className="inline size-3.5 text-success" />
              ) : (
                <ThumbsDown aria-label="rated it poor" className="inline size-3.5 text-danger" />
              )}
              <span className="block text-foreground/80">{entry.comment}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
