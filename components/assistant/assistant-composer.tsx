"use client";

import { ArrowUp, Square } from "lucide-react";
import { type FormEvent, type KeyboardEvent, type RefObject, useState } from "react";
import { Button } from "@/components/ui/button";
import { ASSISTANT_MESSAGE_MAX_CHARS } from "@/lib/assistant/assistant-message";
import { cn } from "@/lib/utils/cn";

const COUNT_FROM = Math.floor(ASSISTANT_MESSAGE_MAX_CHARS * 0.8);
const formatCount = (n: number) => n.toLocaleString("en-GB");

/** Why a question cannot be sent, or null. The server checks the same limit. */
export function questionProblem(text: string): string | null {
  if (!text.trim()) return "Type a question first.";
  if (text.length > ASSISTANT_MESSAGE_MAX_CHARS)
    return `A question can be up to ${formatCount(ASSISTANT_MESSAGE_MAX_CHARS)} characters; this one has ${formatCount(text.length)}. Shorten it, or ask about one part at a time.`;
  return null;
}

type ComposerProps = {
  inputRef: RefObject<HTMLTextAreaElement | null>;
  busy: boolean;
  disabled: boolean;
  onSend: (text: string) => Promise<boolean>;
  onStop: () => void;
};

/** Enter sends, Shift+Enter starts a new line; while Ralph answers, the button stops it. */
export function AssistantComposer({ inputRef, busy, disabled, onSend, onStop }: ComposerProps) {
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy || disabled) return;
    const reason = questionProblem(text);
    setProblem(reason);
    if (reason) return inputRef.current?.focus();
    const sent = text;
    setText("");
    if (!(await onSend(sent.trim()))) setText(sent);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void submit();
  }

  const over = text.length > ASSISTANT_MESSAGE_MAX_CHARS;
  return (
    <form onSubmit={submit} className="grid grid-cols-1 gap-1.5 border-t border-border bg-surface px-4 pt-3 pb-4">
      <div className="flex min-w-0 items-end gap-2 rounded-lg border border-input bg-surface p-1.5 shadow-sm focus-within:border-ring focus-within:outline-2 focus-within:outline-ring/40">
        <label htmlFor="assistant-input" className="sr-only">
          Ask Ralph
        </label>
        <textarea
          id="assistant-input"
          ref={inputRef}
          value={text}
          onChange={(event) => (setText(event.target.value), problem && setProblem(null))}
          onKeyDown={onKeyDown}
          rows={1}
          placeholder="Ask about your projects, documents, portfolios…"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? "assistant-input-problem" : "assistant-input-hint"}
          disabled={disabled}
          className="field-sizing-content max-h-40 min-h-9 w-full min-w-0 flex-1 resize-none bg-transparent px-2 py-1.5 text-sm leading-relaxed text-foreground outline-none placeholder:text-muted-foreground/70 disabled:cursor-not-allowed"
        />
        {busy ? (
          <Button type="button" size="icon-sm" variant="outline" onClick={onStop} aria-label="Stop answering" data-testid="assistant-stop">
            <Square aria-hidden className="fill-current" />
          </Button>
        ) : (
          <Button type="submit" size="icon-sm" aria-label="Send" disabled={disabled}>
            <ArrowUp aria-hidden />
          </Button>
        )}
      </div>
      <div className="flex items-start justify-between gap-3 px-1 text-xs">
        {problem ? (
          <p id="assistant-input-problem" role="alert" className="text-danger">
            {problem}
          </p>
        ) : (
          <p id="assistant-input-hint" className="text-muted-foreground">
            Enter to send · Shift+Enter for a new line
          </p>
        )}
        {text.length >= COUNT_FROM ? (
          <span className={cn("shrink-0 tabular-nums", over ? "font-medium text-danger" : "text-muted-foreground")}>
            {formatCount(text.length)} / {formatCount(ASSISTANT_MESSAGE_MAX_CHARS)}
          </span>
        ) : null}
      </div>
    </form>
  );
}
