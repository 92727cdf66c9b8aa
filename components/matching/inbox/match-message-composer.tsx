"use client";

import { LoaderCircle, SendHorizontal } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { postMatchMessageAction } from "@/lib/matching/inbox/actions";
import { MATCH_MESSAGE_MAX_LENGTH } from "@/lib/matching/inbox/match-transitions";

/** Writes to the match's thread: Send or Ctrl/Cmd+Enter. The thread reloads with the message once it is stored. */
export function MatchMessageComposer({ matchId, counterpartName }: { matchId: string; counterpartName: string }) {
  const router = useRouter();
  const [content, setContent] = useState("");
  const { execute, result, isPending, reset } = useAction(postMatchMessageAction, {
    onSuccess: () => {
      setContent("");
      router.refresh();
    },
  });
  const length = content.trim().length;
  const error = result.serverError?.message ?? result.validationErrors?.fieldErrors?.content?.[0] ?? null;

  function send(event?: React.FormEvent) {
    event?.preventDefault();
    if (length > 0 && length <= MATCH_MESSAGE_MAX_LENGTH && !isPending) execute({ matchId, content });
  }

  return (
    <form onSubmit={send} className="grid gap-2">
      <Field label={`Message to ${counterpartName}`} error={error}>
        <Textarea
          value={content}
          rows={3}
          placeholder="Write a message…"
          onChange={(event) => {
            setContent(event.target.value);
            if (error) reset();
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) send();
          }}
        />
      </Field>
      <div className="flex items-center justify-between gap-3">
        <span className={length > MATCH_MESSAGE_MAX_LENGTH ? "text-xs text-danger" : "text-xs text-muted-foreground"}>
          {length.toLocaleString("en")} / {MATCH_MESSAGE_MAX_LENGTH.toLocaleString("en")} · Ctrl+Enter sends
        </span>
        <Button type="submit" size="sm" disabled={length === 0 || length > MATCH_MESSAGE_MAX_LENGTH || isPending} aria-busy={isPending}>
          {isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : <SendHorizontal aria-hidden />} Send
        </Button>
      </div>
    </form>
  );
}
