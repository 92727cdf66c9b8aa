"use client";

import dynamic from "next/dynamic";
import { useState } from "react";

// The data room's dialogs (Radix dialog, their forms and actions) load when first opened, not with
// the room page: they kept /dataroom/[projectId] over its first-load budget.
export const MoveDialog = dynamic(() => import("./move-dialog").then((dialog) => dialog.MoveDialog), { ssr: false });
export const WatermarkDialog = dynamic(() => import("./watermark-dialog").then((dialog) => dialog.WatermarkDialog), { ssr: false });
export const FolderNameDialog = dynamic(() => import("./folder-name-dialog").then((dialog) => dialog.FolderNameDialog), { ssr: false });
export const DeleteFolderDialog = dynamic(() => import("./delete-folder-dialog").then((dialog) => dialog.DeleteFolderDialog), { ssr: false });
export const VersionHistoryDialog = dynamic(() => import("./version-history-dialog").then((dialog) => dialog.VersionHistoryDialog), { ssr: false });

/** True once `target` has been set: a lazy dialog mounts on first open and stays mounted, so it can animate closed. */
export function useOpenedOnce(target: unknown): boolean {
  const [opened, setOpened] = useState(false);
  if (target && !opened) setOpened(true);
  return opened || Boolean(target);
}
