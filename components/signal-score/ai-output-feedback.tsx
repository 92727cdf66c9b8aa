"use client";

import { ThumbsDown, ThumbsUp } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { rateAiOutputAction } from "@/lib/ai/actions";

type Props = {
  entityType: "SignalScore" | "ImprovementQuest";
  entityId: string;
  /** The question beside the thumbs, e.g. "Was this score useful?". */
  question: string;
  mine: { rating: number; comment: string | null } | null;
  up: number;
  down: number;
};

/** Thumbs up/down with an optional comment on one AI output; rating again replaces the user's earlier rating. */
export function AiOutputFeedback({ entityType, entityId, question, mine, up, down }: Props) {
  const router = useRouter();
  const [rating, setRating] = useState<1 | -1 | null>(mine ? (mine.rating as 1 | -1) : null);
  const [comment, setComment] = useState(mine?.comment ?? "");
  const [saved, setSaved] = useState(false);
  const { execute, isPending, result } = useAction(rateAiOutputAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors ?? {};

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (rating) execute({ entityType, entityId, rating, comment: comment || undefined });
  }

  const choice = (value: 1 | -1, Icon: typeof ThumbsUp, label: string, count: number) => (
    <Button
      type="button"
      variant={rating === value ? "default" : "outline"}
      size="sm"
      aria-pressed={rating === value}
      onClick={() => {
        setRating(value);
        setSaved(false);
      }}
    >
      <Icon aria-hidden /> {label} <span className="tabular-nums opacity-75">{count}</span>
    </Button>
  );

  return (
    <form onSubmit={submit} className="grid gap-3" aria-label={question}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-muted-foreground">{question}</span>
        {choice(1, ThumbsUp, "Yes", up)}
        {choice(-1, ThumbsDown, "No", down)}
      </div>
      {rating ? (
        <>
          <Field label="Comment (optional)" error={errors.comment ?? errors.rating}>
            <Textarea
              name="comment"
              rows={2}
              value={comment}
              maxLength={2000}
              onChange={(e) => {
                setComment(e.target.value);
                setSaved(false);
              }}
              placeholder="What did it get right or wrong?"
            />
          </Field>
          <div className="flex items-center gap-3">
            <Button type="submit" size="sm" disabled={isPending}>
              {isPending ? "Saving…" : "Send feedback"}
            </Button>
            {saved ? (
              <span role="status" className="text-sm text-success">
                Thanks: feedback saved.
              </span>
            ) : null}
            {result.serverError ? (
              <span role="alert" className="text-sm text-danger">
                {result.serverError.message}
              </span>
            ) : null}
          </div>
        </>
      ) : null}
    </form>
  );
}
