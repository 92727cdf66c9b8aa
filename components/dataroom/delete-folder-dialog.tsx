"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteFolderAction } from "@/lib/dataroom/actions";
import type { FolderNode } from "@/lib/dataroom/list-folder-tree";

/**
 * Deleting asks first; a folder with contents is refused by the server until the user ticks
 * "move contents to the parent folder", so nothing is lost by surprise.
 */
export function DeleteFolderDialog({ folder, onClose, onDeleted }: { folder: FolderNode | null; onClose: () => void; onDeleted: (folder: FolderNode) => void }) {
  const router = useRouter();
  const [moveContents, setMoveContents] = useState(false);
  const remove = useAction(deleteFolderAction);

  return (
    <ConfirmDialog
      open={folder !== null}
      onOpenChange={(open) => {
        if (!open) {
          remove.reset();
          setMoveContents(false);
          onClose();
        }
      }}
      title={`Delete “${folder?.name ?? ""}”?`}
      description={
        <span className="grid gap-3">
          <span>The folder is removed from the data room. Its documents are never deleted with it.</span>
          <label className="flex items-start gap-2 text-foreground">
            <input type="checkbox" className="mt-0.5 size-4 accent-primary" checked={moveContents} onChange={(e) => setMoveContents(e.target.checked)} />
            <span>Move its subfolders and documents to the parent folder</span>
          </label>
        </span>
      }
      confirmLabel="Delete folder"
      pendingLabel="Deleting…"
      error={remove.result.serverError?.message ?? null}
      onConfirm={async () => {
        if (!folder) return false;
        const result = await remove.executeAsync({ folderId: folder.id, moveContentsToParent: moveContents });
        if (!result?.data) return false;
        onDeleted(folder);
        router.refresh();
        return true;
      }}
    />
  );
}
