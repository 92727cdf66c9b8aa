"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { moveFolderAction } from "@/lib/dataroom/actions";
import type { FolderNode } from "@/lib/dataroom/list-folder-tree";

const ROOT = "__root__";

/** Every folder outside the moved one's subtree, indented by depth: the keyboard way to move. */
function targets(tree: FolderNode[], movingId: string, depth = 0): { id: string; label: string }[] {
  return tree.flatMap((node) =>
    node.id === movingId ? [] : [{ id: node.id, label: `${"\u00a0\u00a0".repeat(depth)}${node.name}` }, ...targets(node.children, movingId, depth + 1)],
  );
}

export function MoveFolderDialog({ tree, folder, onClose }: { tree: FolderNode[]; folder: FolderNode | null; onClose: () => void }) {
  const router = useRouter();
  const [choice, setChoice] = useState<string>(ROOT);
  const move = useAction(moveFolderAction, {
    onSuccess: () => {
      onClose();
      router.refresh();
    },
  });
  return (
    <Dialog open={folder !== null} onOpenChange={(open) => !open && !move.isPending && (move.reset(), onClose())}>
      <DialogContent className="max-w-md">
        <DialogHeader>
          <DialogTitle>Move “{folder?.name}”</DialogTitle>
          <DialogDescription>Its subfolders and documents move with it.</DialogDescription>
        </DialogHeader>
        {move.result.serverError ? <Alert variant="danger">{move.result.serverError.message}</Alert> : null}
        <Field label="Move into">
          <NativeSelect value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value={ROOT}>Top level of the project</option>
            {folder ? targets(tree, folder.id).map((t) => <option key={t.id} value={t.id}>{t.label}</option>) : null}
          </NativeSelect>
        </Field>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline" disabled={move.isPending}>Cancel</Button>
          </DialogClose>
          <Button
            disabled={move.isPending || !folder}
            onClick={() => folder && move.execute({ folderId: folder.id, parentFolderId: choice === ROOT ? null : choice })}
          >
            {move.isPending ? "Moving…" : "Move"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
