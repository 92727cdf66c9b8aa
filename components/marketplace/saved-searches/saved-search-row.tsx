"use client";

import { Bell, BellOff, Trash2 } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteSavedSearchAction, updateSavedSearchAction } from "@/lib/marketplace/saved-searches/actions";
import type { SavedSearchDto } from "@/lib/marketplace/saved-searches/list-saved-searches";

export function SavedSearchRow({ search }: { search: SavedSearchDto }) {
  const router = useRouter();
  const toggle = useAction(updateSavedSearchAction, { onSuccess: () => router.refresh() });
  const remove = useAction(deleteSavedSearchAction, { onSuccess: () => router.refresh() });
  return (
    <li className="flex flex-wrap items-center gap-3 py-3">
      <div className="min-w-0 flex-1">
        <Link href={search.href} className="font-medium hover:underline">
          {search.name}
        </Link>
        <p className="truncate text-xs text-muted-foreground">{decodeURIComponent(search.href.replace("/marketplace", "") || "Every project")}</p>
      </div>
      <Button
        variant="ghost"
        size="sm"
        aria-pressed={search.notify}
        disabled={toggle.isPending}
        onClick={() => toggle.execute({ savedSearchId: search.id, notify: !search.notify })}
      >
        {search.notify ? <Bell aria-hidden /> : <BellOff aria-hidden />}
        {search.notify ? "Notifying" : "Notices off"}
      </Button>
      <ConfirmDialog
        trigger={
          <Button variant="ghost" size="icon-sm" aria-label={`Delete ${search.name}`} title="Delete">
            <Trash2 />
          </Button>
        }
        title={`Delete “${search.name}”?`}
        description="The search and its notices go; projects are not affected."
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        destructive
        pending={remove.isPending}
        onConfirm={async () => {
          const outcome = await remove.executeAsync({ savedSearchId: search.id });
          return !outcome?.serverError;
        }}
        error={remove.result.serverError?.message}
      />
      {toggle.result.serverError ? (
        <p role="alert" className="w-full text-xs text-danger">
          {toggle.result.serverError.message}
        </p>
      ) : null}
    </li>
  );
}
