"use client";

import { MessagesSquare, Search } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import type { AssistantConversationSummary } from "@/lib/assistant/assistant-message";
import { listConversations, readableError } from "./assistant-api";
import { AssistantHistoryRow } from "./assistant-history-row";

type HistoryProps = {
  currentId: string | null;
  onOpen: (id: string) => void;
  onRenamed: (id: string, title: string) => void;
  onDeleted: (id: string) => void;
};

/** The user's conversations, newest first: search, more on demand, open, rename inline, delete. */
export function AssistantHistory({ currentId, onOpen, onRenamed, onDeleted }: HistoryProps) {
  const [search, setSearch] = useState("");
  const [items, setItems] = useState<AssistantConversationSummary[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // Typing a search waits for a pause; the first list comes at once.
    const timer = setTimeout(
      () => {
        listConversations({ search, cursor: null }).then(
          (page) => current && (setItems(page.items), setNextCursor(page.nextCursor), setError(null)),
          (problem) => current && (setItems([]), setError(readableError(problem))),
        );
      },
      search ? 250 : 0,
    );
    return () => ((current = false), clearTimeout(timer));
  }, [search]);

  async function loadMore() {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await listConversations({ search, cursor: nextCursor });
      setItems((existing) => [...(existing ?? []), ...page.items.filter((item) => !existing?.some((known) => known.id === item.id))]);
      setNextCursor(page.nextCursor);
    } catch (problem) {
      setError(readableError(problem));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="border-b border-border px-5 py-3">
        <div role="search" className="relative">
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Search conversations"
            aria-label="Search conversations"
            className="pl-8"
          />
        </div>
      </div>
      <div className="flex-1 overflow-y-auto overscroll-contain px-3 py-3">
        {error ? (
          <p role="alert" className="mx-2 mb-3 rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
            {error}
          </p>
        ) : null}
        {items === null ? (
          <div className="grid gap-2 px-2" role="status" aria-label="Loading conversations">
            {[0, 1, 2, 3].map((index) => (
              <Skeleton key={index} className="h-14 w-full" />
            ))}
          </div>
        ) : items.length === 0 && !error ? (
          <EmptyState
            size="sm"
            icon={MessagesSquare}
            title={search ? "No conversation matches" : "No conversations yet"}
            description={search ? "Try other words from its title or summary." : "Questions you ask Ralph are kept here."}
            className="mx-2"
          />
        ) : (
          <ul className="grid gap-1" aria-label="Conversations">
            {items.map((item) => (
              <AssistantHistoryRow
                key={item.id}
                item={item}
                current={item.id === currentId}
                onOpen={() => onOpen(item.id)}
                onRenamed={(title) => (setItems((all) => all?.map((row) => (row.id === item.id ? { ...row, title } : row)) ?? null), onRenamed(item.id, title))}
                onDeleted={() => (setItems((all) => all?.filter((row) => row.id !== item.id) ?? null), onDeleted(item.id))}
              />
            ))}
          </ul>
        )}
        {nextCursor ? (
          <div className="mt-3 flex justify-center">
            <Button variant="outline" size="sm" onClick={loadMore} disabled={loadingMore} aria-busy={loadingMore}>
              {loadingMore ? "Loading…" : "Load more"}
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
