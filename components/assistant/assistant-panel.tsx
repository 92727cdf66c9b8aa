"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { ArrowLeft, ListClock, SquarePen, Sparkles, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogOverlay } from "@/components/ui/dialog";
import { AssistantChatView } from "./assistant-chat-view";
import { AssistantComposer } from "./assistant-composer";
import { AssistantContextBar } from "./assistant-context-bar";
import { GENERAL_CONTEXT, type PageContext, readPageContext } from "./assistant-context-store";
import { AssistantHistory } from "./assistant-history";
import { useAssistantSession } from "./use-assistant-session";

/**
 * Ralph's sheet on the right: a modal dialog (focus trapped, Esc closes, focus back where it was).
 * It stays mounted while closed, so the conversation is still there when it opens again.
 */
type PanelProps = { open: boolean; onOpenChange: (open: boolean) => void; onClosed: () => void };

export function AssistantPanel({ open, onOpenChange, onClosed }: PanelProps) {
  const session = useAssistantSession();
  const [page, setPage] = useState<PageContext>(GENERAL_CONTEXT);
  const [general, setGeneral] = useState(false);
  const [view, setView] = useState<"chat" | "history">("chat");
  const input = useRef<HTMLTextAreaElement>(null);
  // A new conversation is about the page on screen unless the user asked for a general one.
  const newContext: PageContext = general ? GENERAL_CONTEXT : page;
  const conversation = session.conversation;

  // The page may have changed since the sheet last closed (it closes when a source is opened).
  useEffect(() => {
    if (!open) return;
    setPage(readPageContext());
    setGeneral(false);
  }, [open]);

  const close = () => onOpenChange(false);
  const showChat = () => (setView("chat"), requestAnimationFrame(() => input.current?.focus()));
  const ask = (text: string) => session.ask(text, newContext);

  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogOverlay />
        <DialogPrimitive.Content
          data-testid="assistant-panel"
          onOpenAutoFocus={(event) => (event.preventDefault(), input.current?.focus())}
          onCloseAutoFocus={(event) => (event.preventDefault(), onClosed())}
          onEscapeKeyDown={(event) => {
            // Esc inside the rename field cancels the rename, not the whole sheet.
            if ((event.target as HTMLElement | null)?.closest?.("[data-keep-open-on-escape]")) event.preventDefault();
          }}
          className="fixed inset-y-0 right-0 z-50 flex w-full flex-col border-l border-border bg-background shadow-pop transition-transform duration-200 ease-out outline-none starting:translate-x-8 sm:max-w-lg"
        >
          <header className="flex items-center gap-2 border-b border-border bg-surface px-4 py-3">
            {view === "history" ? (
              <Button variant="ghost" size="icon-sm" onClick={showChat} aria-label="Back to the conversation">
                <ArrowLeft aria-hidden />
              </Button>
            ) : (
              <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-600">
                <Sparkles aria-hidden className="size-4" />
              </span>
            )}
            <div className="min-w-0 flex-1">
              <DialogPrimitive.Title className="text-sm font-semibold text-foreground">{view === "history" ? "Your conversations" : "Ralph"}</DialogPrimitive.Title>
              <DialogPrimitive.Description className="truncate text-xs text-muted-foreground">
                {view === "history" ? "Open, rename or delete a conversation" : (conversation?.title ?? "Your assistant for the data you can see")}
              </DialogPrimitive.Description>
            </div>
            {view === "chat" ? (
              <Button variant="ghost" size="icon-sm" onClick={() => setView("history")} aria-label="Conversation history" title="Conversation history">
                <ListClock aria-hidden />
              </Button>
            ) : null}
            <Button variant="ghost" size="icon-sm" onClick={() => (session.startNew(), showChat())} aria-label="New conversation" title="New conversation">
              <SquarePen aria-hidden />
            </Button>
            <DialogPrimitive.Close asChild>
              <Button variant="ghost" size="icon-sm" aria-label="Close the assistant">
                <X aria-hidden />
              </Button>
            </DialogPrimitive.Close>
          </header>
          {view === "history" ? (
            <AssistantHistory
              currentId={conversation?.id ?? null}
              onOpen={(id) => (showChat(), void session.open(id))}
              onRenamed={(id, title) => conversation?.id === id && session.setConversation({ ...conversation, title })}
              onDeleted={(id) => conversation?.id === id && session.startNew()}
            />
          ) : (
            <>
              <AssistantContextBar conversation={conversation} newContext={newContext} page={page} onChoose={(wantGeneral) => setGeneral(wantGeneral)} />
              <AssistantChatView
                messages={session.messages}
                status={session.status}
                loading={session.loading}
                error={session.error}
                context={newContext}
                onAsk={(text) => void ask(text)}
                onRetry={session.retry}
                onNavigate={close}
              />
              <AssistantComposer inputRef={input} busy={session.busy} disabled={session.loading} onSend={ask} onStop={session.stop} />
            </>
          )}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
