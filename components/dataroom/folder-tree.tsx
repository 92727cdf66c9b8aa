"use client";

import { ChevronRight, Folder, FolderOpen, FolderPlus, House, MoreHorizontal, Pencil, Trash2, MoveRight } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LazyMenu } from "@/components/ui/lazy-menu";
import type { FolderNode } from "@/lib/dataroom/list-folder-tree";
import { folderHref, type RoomRef } from "@/lib/dataroom/rooms/room-ref";
import { cn } from "@/lib/utils/cn";
import { setDragPayload } from "./drag-payload";
import type { FolderNameTarget } from "./folder-name-dialog";
import { DeleteFolderDialog, FolderNameDialog, MoveDialog, useOpenedOnce } from "./lazy-dialogs";
import type { MoveItem } from "./move-dialog";
import { useDropMove } from "./use-drop-move";

type FolderTreeProps = { room: RoomRef; tree: FolderNode[]; selectedId: string | null; ancestorIds: string[]; canWrite: boolean };

/**
 * The room's folders; the selected folder's ancestors start open. Writers get menus and can drag
 * folders and documents onto a folder (or the top level) to move them.
 */
export function FolderTree({ room, tree, selectedId, ancestorIds, canWrite }: FolderTreeProps) {
  const router = useRouter();
  const [open, setOpen] = useState<Set<string>>(() => new Set(ancestorIds));
  const [naming, setNaming] = useState<FolderNameTarget | null>(null);
  const [moving, setMoving] = useState<MoveItem | null>(null);
  const [deleting, setDeleting] = useState<FolderNode | null>(null);
  const namingOpened = useOpenedOnce(naming);
  const moveOpened = useOpenedOnce(moving);
  const deleteOpened = useOpenedOnce(deleting);
  const drop = useDropMove(canWrite);
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  function renderNode(node: FolderNode, depth: number) {
    const expanded = open.has(node.id);
    const selected = node.id === selectedId;
    const Icon = selected || expanded ? FolderOpen : Folder;
    return (
      // biome-ignore lint/a11y/useFocusableInteractive: keyboard focus goes to the link and buttons inside the item; there is no roving focus between items
      <li key={node.id} role="treeitem" aria-expanded={node.children.length ? expanded : undefined} aria-selected={selected}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a drag-and-drop target; the keyboard route is the Move dialog */}
        <div
          {...drop.targetProps(node.id)}
          draggable={canWrite}
          onDragStart={(e) => setDragPayload(e, { kind: "folder", id: node.id, name: node.name })}
          data-testid="folder-node"
          className={cn(
            "group flex items-center gap-0.5 rounded-md pr-1",
            selected ? "bg-brand-50 text-brand-700" : "hover:bg-accent",
            drop.overId === node.id && "ring-2 ring-brand-400 ring-inset bg-brand-50",
          )}
          style={{ paddingLeft: depth * 14 }}
        >
          {node.children.length ? (
            <button
              type="button"
              onClick={() => toggle(node.id)}
              aria-label={`${expanded ? "Collapse" : "Expand"} ${node.name}`}
              className="flex size-6 items-center justify-center rounded text-muted-foreground hover:text-foreground"
            >
              <ChevronRight aria-hidden className={cn("size-3.5 transition-transform", expanded && "rotate-90")} />
            </button>
          ) : (
            <span className="size-6" aria-hidden />
          )}
          <Link href={folderHref(room, node.id)} aria-current={selected ? "page" : undefined} className="flex min-w-0 flex-1 items-center gap-2 py-1.5 text-sm">
            <Icon aria-hidden className={cn("size-4 shrink-0", selected ? "text-brand-600" : "text-muted-foreground")} />
            <span className="truncate">{node.name}</span>
          </Link>
          {canWrite ? (
            <LazyMenu
              trigger={
                <Button
                  variant="ghost"
                  size="icon-sm"
                  className="size-7 opacity-60 group-hover:opacity-100 focus-visible:opacity-100"
                  aria-label={`Actions for ${node.name}`}
                >
                  <MoreHorizontal aria-hidden />
                </Button>
              }
              content={({ Item, Separator }) => (
                <>
                  <Item onSelect={() => setNaming({ mode: "create", room, parentFolderId: node.id, parentName: node.name })}>
                    <FolderPlus aria-hidden /> New subfolder
                  </Item>
                  <Item onSelect={() => setNaming({ mode: "rename", folderId: node.id, name: node.name })}>
                    <Pencil aria-hidden /> Rename
                  </Item>
                  <Item onSelect={() => setMoving({ kind: "folder", id: node.id, name: node.name, parentFolderId: node.parentFolderId })}>
                    <MoveRight aria-hidden /> Move to…
                  </Item>
                  <Separator />
                  <Item variant="destructive" onSelect={() => setDeleting(node)}>
                    <Trash2 aria-hidden /> Delete
                  </Item>
                </>
              )}
            />
          ) : null}
        </div>
        {expanded && node.children.length ? <ul role="group">{node.children.map((child) => renderNode(child, depth + 1))}</ul> : null}
      </li>
    );
  }

  return (
    <nav aria-label="Folders" className="grid gap-2">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">Folders</h2>
        {canWrite ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => setNaming({ mode: "create", room, parentFolderId: selectedId, parentName: selectedId ? findName(tree, selectedId) : null })}
          >
            <FolderPlus aria-hidden /> New
          </Button>
        ) : null}
      </div>
      {drop.error ? (
        <Alert variant="danger">
          {drop.error}{" "}
          <button type="button" onClick={drop.clearError} className="font-medium underline">
            Dismiss
          </button>
        </Alert>
      ) : null}
      {drop.pending ? (
        <p role="status" className="px-2 text-xs text-muted-foreground">
          Moving…
        </p>
      ) : null}
      <Link
        {...drop.targetProps(null)}
        href={folderHref(room, null)}
        aria-current={selectedId === null ? "page" : undefined}
        data-testid="folder-root"
        className={cn(
          "flex items-center gap-2 rounded-md px-2 py-1.5 text-sm",
          selectedId === null ? "bg-brand-50 text-brand-700" : "hover:bg-accent",
          drop.overId === "" && "ring-2 ring-brand-400 ring-inset",
        )}
      >
        <House aria-hidden className="size-4" /> All top-level files
      </Link>
      {tree.length ? (
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA tree pattern puts tree and treeitem on ul and li
        <ul role="tree" aria-label="Folder tree">
          {tree.map((node) => renderNode(node, 0))}
        </ul>
      ) : (
        <p className="px-2 text-sm text-muted-foreground">No folders yet.</p>
      )}
      {canWrite && tree.length ? <p className="px-2 text-xs text-muted-foreground">Drag a file or folder onto a folder to move it.</p> : null}
      {namingOpened ? <FolderNameDialog target={naming} onClose={() => setNaming(null)} /> : null}
      {moveOpened ? <MoveDialog tree={tree} item={moving} onClose={() => setMoving(null)} /> : null}
      {deleteOpened ? (
        <DeleteFolderDialog
          folder={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(f) => f.id === selectedId && router.push(folderHref(room, f.parentFolderId))}
        />
      ) : null}
    </nav>
  );
}

function findName(tree: FolderNode[], id: string): string | null {
  for (const node of tree) {
    if (node.id === id) return node.name;
    const below = findName(node.children, id);
    if (below) return below;
  }
  return null;
}
