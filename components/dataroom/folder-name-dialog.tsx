"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createFolderAction, renameFolderAction } from "@/lib/dataroom/actions";
import type { RoomRef } from "@/lib/dataroom/rooms/room-ref";

export type FolderNameTarget =
  | { mode: "create"; room: RoomRef; parentFolderId: string | null; parentName: string | null }
  | { mode: "rename"; folderId: string; name: string };

/** Names a new folder or renames one; field errors next to the input, other errors above it. */
export function FolderNameDialog({ target, onClose }: { target: FolderNameTarget | null; onClose: () => void }) {
  const router = useRouter();
  const done = () => {
    onClose();
    router.refresh();
  };
  const create = useAction(createFolderAction, { onSuccess: done });
  const rename = useAction(renameFolderAction, { onSuccess: done });
  const active = target?.mode === "rename" ? rename : create;
  const errors = active.result.validationErrors?.fieldErrors ?? {};
  const serverError = active.result.serverError;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    if (!target) return;
    if (target.mode === "create") create.execute({ room: target.room, parentFolderId: target.parentFolderId, name });
    else rename.execute({ folderId: target.folderId, name });
  }

  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => {
        if (!open && !active.isPending) {
          create.reset();
          rename.reset();
          onClose();
        }
      }}
    >
      <DialogContent className="max-w-md">
        <form onSubmit={submit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{target?.mode === "rename" ? "Rename folder" : "New folder"}</DialogTitle>
            <DialogDescription>
              {target?.mode === "create"
                ? target.parentName
                  ? `Inside “${target.parentName}”.`
                  : "At the top of this data room."
                : "Documents inside keep their place."}
            </DialogDescription>
          </DialogHeader>
          {serverError && serverError.code !== "CONFLICT" ? <Alert variant="danger">{serverError.message}</Alert> : null}
          <Field label="Folder name" error={errors.name ?? (serverError?.code === "CONFLICT" ? serverError.message : null)} required>
            <Input name="name" autoFocus autoComplete="off" defaultValue={target?.mode === "rename" ? target.name : ""} maxLength={255} />
          </Field>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline" disabled={active.isPending}>
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" disabled={active.isPending}>
              {active.isPending ? "Saving…" : target?.mode === "rename" ? "Rename" : "Create folder"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
