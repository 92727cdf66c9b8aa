"use client";

import { RotateCcw, Sparkles } from "lucide-react";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { AssistantUIMessage } from "@/lib/assistant/assistant-message";
import type { PageContext } from "./assistant-context-store";
import { AssistantMessageView } from "./assistant-message-view";

type ChatViewProps = {
  messages: AssistantUIMessage[];
  status: "submitted" | "streaming" | "ready" | "error";
  loading: boolean;
  error: string | null;
  context: PageContext;
  onAsk: (text: string) => void;
  onRetry: () => void;
  onNavigate: () => void;
};

function suggestions(context: PageContext): string[] {
  const about = context.label ?? "it";
  if (context.type === "PROJECT")
    return [`Summarise the open Q&A on ${about}`, `Which documents cover the grid connection for ${about}?`, `What is the latest signal score of ${about}?`];
  if (context.type === "PORTFOLIO") return [`What is the IRR of ${about}?`, `Which covenants of ${about} are close to breach?`];
  if (context.type === "DOCUMENT") return ["Summarise this document", "What are the key risks in this document?"];
  return ["Which of my projects lack a grid connection permit?", "Summarise the open Q&A on my projects", "Show my latest matches"];
}

/** The conversation: answers as they stream (announced once complete), its error with a retry, or a start. */
export function AssistantChatView({ messages, status, loading, error, context, onAsk, onRetry, onNavigate }: ChatViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const busy = status === "submitted" || status === "streaming";
  const last = messages.at(-1);

  useEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [messages, status, error]);

  if (loading) {
    return (
      <div className="grid flex-1 content-start gap-4 p-5" role="status" aria-label="Loading the conversation">
        <Skeleton className="ml-auto h-9 w-2/3" />
        <Skeleton className="h-24 w-full" />
        <Skeleton className="ml-auto h-9 w-1/2" />
      </div>
    );
  }

  return (
    <div ref={scroller} className="flex-1 overflow-y-auto overscroll-contain px-5 py-5">
      {messages.length === 0 && !error ? (
        <div className="grid gap-5 pt-6">
          <div className="grid justify-items-center gap-2 text-center">
            <span className="flex size-11 items-center justify-center rounded-full bg-brand-50 text-brand-600">
              <Sparkles aria-hidden className="size-5" />
            </span>
            <p className="font-semibold text-foreground">What would you like to know?</p>
            <p className="max-w-xs text-sm text-muted-foreground">Ralph answers from what you can see in the platform and cites each source, so you can check it.</p>
          </div>
          <ul className="grid gap-2" aria-label="Suggested questions">
            {suggestions(context).map((question) => (
              <li key={question}>
                <button
                  type="button"
                  onClick={() => onAsk(question)}
                  className="w-full cursor-pointer rounded-md border border-border bg-surface px-3 py-2 text-left text-sm text-foreground transition-colors hover:border-brand-200 hover:bg-brand-50"
                >
                  {question}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div role="log" aria-live="polite" aria-busy={busy} aria-label="Conversation" className="grid gap-5">
        {messages.map((message) => (
          <AssistantMessageView key={message.id} message={message} streaming={busy && message === last} onNavigate={onNavigate} />
        ))}
      </div>
      {status === "submitted" || (busy && last?.role === "user") ? (
        <p className="mt-4 flex items-center gap-2 text-sm text-muted-foreground" role="status" data-testid="assistant-thinking">
          <span className="flex gap-1" aria-hidden>
            <span className="size-1.5 animate-bounce rounded-full bg-brand-400 [animation-delay:-0.3s]" />
            <span className="size-1.5 animate-bounce rounded-full bg-brand-400 [animation-delay:-0.15s]" />
            <span className="size-1.5 animate-bounce rounded-full bg-brand-400" />
          </span>
          Ralph is looking into it…
        </p>
      ) : null}
      {error ? (
        <div role="alert" className="mt-4 grid gap-2 rounded-md border border-danger/20 bg-danger-soft px-3 py-2.5 text-sm" data-testid="assistant-error">
          <p className="font-medium text-danger">That answer could not be completed</p>
          <p className="text-foreground/80">{error}</p>
          {messages.some((message) => message.role === "user") ? (
            <Button size="sm" variant="outline" className="w-fit" onClick={onRetry}>
              <RotateCcw aria-hidden /> Try again
            </Button>
          ) : null}
        </div>
      ) : null}
      {!busy && !error && last?.role === "assistant" ? (
        <div className="mt-2 flex justify-start">
          <Button size="sm" variant="ghost" className="h-7 px-2 text-xs text-muted-foreground" onClick={onRetry} data-testid="assistant-retry">
            <RotateCcw aria-hidden /> Retry
          </Button>
        </div>
      ) : null}
    </div>
  );
}
