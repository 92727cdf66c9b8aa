"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { moveDocumentAction, moveFolderAction } from "@/lib/dataroom/actions";
import type { FolderNode } from "@/lib/dataroom/list-folder-tree";

const ROOT = "__root__";

/** What is being moved: a folder (with its subtree) or a document (with its versions). */
export type MoveItem =
  | { kind: "folder"; id: string; name: string; parentFolderId: string | null }
  | { kind: "document"; id: string; name: string; folderId: string | null };

/** Every folder outside a moved folder's own subtree, indented by depth. */
function targets(tree: FolderNode[], skipId: string | null, depth = 0): { id: string; label: string }[] {
  return tree.flatMap((node) =>
    node.id === skipId ? [] : [{ id: node.id, label: `${"\u00a0\u00a0".repeat(depth)}${node.name}` }, ...targets(node.children, skipId, depth + 1)],
  );
}

/** The keyboard way to move a folder or a document (drag and drop onto the tree does the same). */
export function MoveDialog({ tree, item, onClose }: { tree: FolderNode[]; item: MoveItem | null; onClose: () => void }) {
  const router = useRouter();
  const [choice, setChoice] = useState<string>(ROOT);
  const done = { onSuccess: () => (onClose(), router.refresh()) };
  const moveFolder = useAction(moveFolderAction, done);
  const moveDocument = useAction(moveDocumentAction, done);
  const active = item?.kind === "document" ? moveDocument : moveFolder;
  const current = item ? (item.kind === "folder" ? item.parentFolderId : item.folderId) : null;
  const target = choice === ROOT ? null : choice;

  function submit() {
    if (!item) return;
    if (item.kind === "folder") moveFolder.execute({ folderId: item.id, parentFolderId: target });
    else moveDocument.execute({ documentId: item.id, folderId: target });
  }

  return (
    <Dialog
      open={item !== null}
      onOpenChange={(open) => {
        if (open || active.isPending) return;
        moveFolder.reset();
        moveDocument.reset();
        setChoice(ROOT);
        onClose();
      }}
    >
      <DialogContent className="max-w-md">
        <DialogHeader>
          <DialogTitle>Move “{item?.name}”</DialogTitle>
          <DialogDescription>
            {item?.kind === "document" ? "Every version of the document moves with it." : "Its subfolders and documents move with it."}
          </DialogDescription>
        </DialogHeader>
        {active.result.serverError ? <Alert variant="danger">{active.result.serverError.message}</Alert> : null}
        <Field label="Move into">
          <NativeSelect value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value={ROOT}>Top level of the data room</option>
            {item
              ? targets(tree, item.kind === "folder" ? item.id : null).map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))
              : null}
          </NativeSelect>
        </Field>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline" disabled={active.isPending}>
              Cancel
            </Button>
          </DialogClose>
          <Button disabled={active.isPending || !item || target === current} onClick={submit}>
            {active.isPending ? "Moving…" : "Move"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
