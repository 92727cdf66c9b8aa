"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { moveDocumentAction, moveFolderAction } from "@/lib/dataroom/actions";
import { isDataRoomDrag, readDragPayload } from "./drag-payload";

/**
 * Makes folder-tree rows drop targets for dragged folders and documents. `overId` is the folder
 * under the pointer ("" for the top level) so the row can highlight; errors stay until dismissed.
 */
export function useDropMove(enabled: boolean) {
  const router = useRouter();
  const [overId, setOverId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const done = {
    onSuccess: () => router.refresh(),
    onError: ({ error: e }: { error: { serverError?: { message: string }; validationErrors?: unknown } }) =>
      setError(e.serverError?.message ?? "That move was refused. Check the folder and try again."),
  };
  const moveFolder = useAction(moveFolderAction, done);
  const moveDocument = useAction(moveDocumentAction, done);

  function targetProps(folderId: string | null) {
    const key = folderId ?? "";
    if (!enabled) return {};
    return {
      onDragOver: (event: React.DragEvent) => {
        if (!isDataRoomDrag(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setOverId(key);
      },
      onDragLeave: () => setOverId((current) => (current === key ? null : current)),
      onDrop: (event: React.DragEvent) => {
        setOverId(null);
        const payload = readDragPayload(event);
        if (!payload) return;
        event.preventDefault();
        setError(null);
        if (payload.kind === "folder") {
          if (payload.id !== folderId) moveFolder.execute({ folderId: payload.id, parentFolderId: folderId });
        } else {
          moveDocument.execute({ documentId: payload.id, folderId });
        }
      },
    };
  }

  return { targetProps, overId, error, clearError: () => setError(null), pending: moveFolder.isPending || moveDocument.isPending };
}
