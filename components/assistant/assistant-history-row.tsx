"use client";

import { Check, Pencil, Trash, X } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { AssistantConversationSummary } from "@/lib/assistant/assistant-message";
import { cn } from "@/lib/utils/cn";
import { deleteConversation, readableError, renameConversation } from "./assistant-api";

export const TITLE_MAX_CHARS = 120;

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
const CONTEXT_NAMES = { GENERAL: "General", PROJECT: "Project", PORTFOLIO: "Portfolio", DOCUMENT: "Document" } as const;

type RowProps = { item: AssistantConversationSummary; current: boolean; onOpen: () => void; onRenamed: (title: string) => void; onDeleted: () => void };

export function AssistantHistoryRow({ item, current, onOpen, onRenamed, onDeleted }: RowProps) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(item.title);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const next = title.trim();
    if (!next) return setError("A title cannot be empty.");
    if (next === item.title) return setEditing(false);
    setSaving(true);
    try {
      await renameConversation(item.id, next);
      onRenamed(next);
      setEditing(false);
      setError(null);
    } catch (problem) {
      setError(readableError(problem));
    } finally {
      setSaving(false);
    }
  }

  async function remove() {
    try {
      await deleteConversation(item.id);
      onDeleted();
    } catch (problem) {
      setDeleteError(readableError(problem));
      return false;
    }
  }

  const context = item.contextLabel ?? CONTEXT_NAMES[item.contextType];
  return (
    <li className={cn("group rounded-md", current ? "bg-brand-50" : "hover:bg-accent")} data-testid="assistant-history-row">
      {editing ? (
        <form onSubmit={save} className="grid gap-1 p-2" data-keep-open-on-escape>
          <div className="flex items-center gap-1.5">
            <input
              // biome-ignore lint/a11y/noAutofocus: the input replaces the title the user just chose to rename
              autoFocus
              value={title}
              maxLength={TITLE_MAX_CHARS}
              onChange={(event) => setTitle(event.target.value)}
              onKeyDown={(event) => event.key === "Escape" && (setEditing(false), setTitle(item.title), setError(null))}
              aria-label="Conversation title"
              aria-invalid={error ? true : undefined}
              className="h-8 min-w-0 flex-1 rounded-md border border-input bg-surface px-2 text-sm outline-none focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-ring/40"
            />
            <Button type="submit" size="icon-sm" variant="ghost" aria-label="Save title" disabled={saving}>
              <Check aria-hidden />
            </Button>
            <Button type="button" size="icon-sm" variant="ghost" aria-label="Cancel renaming" onClick={() => (setEditing(false), setTitle(item.title), setError(null))}>
              <X aria-hidden />
            </Button>
          </div>
          {error ? (
            <p role="alert" className="text-xs text-danger">
              {error}
            </p>
          ) : null}
        </form>
      ) : (
        <div className="flex items-center gap-1 pr-1">
          <button type="button" onClick={onOpen} className="min-w-0 flex-1 cursor-pointer rounded-md px-3 py-2 text-left" aria-current={current ? "true" : undefined}>
            <span className="block truncate text-sm font-medium text-foreground">{item.title}</span>
            <span className="block truncate text-xs text-muted-foreground">
              {context} · {when.format(new Date(item.updatedAt))}
            </span>
          </button>
          <Button size="icon-sm" variant="ghost" aria-label={`Rename “${item.title}”`} onClick={() => (setTitle(item.title), setEditing(true))}>
            <Pencil aria-hidden />
          </Button>
          <ConfirmDialog
            trigger={
              <Button size="icon-sm" variant="ghost" aria-label={`Delete “${item.title}”`} className="hover:text-danger">
                <Trash aria-hidden />
              </Button>
            }
            title="Delete this conversation?"
            description={`“${item.title}” and its messages will be removed from your history. This cannot be undone.`}
            confirmLabel="Delete"
            pendingLabel="Deleting…"
            onConfirm={remove}
            error={deleteError}
            onOpenChange={(open) => open || setDeleteError(null)}
          />
        </div>
      )}
    </li>
  );
}
