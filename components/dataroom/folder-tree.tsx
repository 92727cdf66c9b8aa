"use client";

import { ChevronRight, Folder, FolderOpen, FolderPlus, House, MoreHorizontal, Pencil, Trash2, MoveRight } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { FolderNode } from "@/lib/dataroom/list-folder-tree";
import { cn } from "@/lib/utils/cn";
import { DeleteFolderDialog } from "./delete-folder-dialog";
import { FolderNameDialog, type FolderNameTarget } from "./folder-name-dialog";
import { MoveFolderDialog } from "./move-folder-dialog";

type FolderTreeProps = { projectId: string; tree: FolderNode[]; selectedId: string | null; ancestorIds: string[]; canWrite: boolean };

const folderHref = (projectId: string, folderId: string | null) => `/dataroom/${projectId}${folderId ? `?folder=${folderId}` : ""}`;

/** The project's folders; the selected folder's ancestors start open. Menus only for writers. */
export function FolderTree({ projectId, tree, selectedId, ancestorIds, canWrite }: FolderTreeProps) {
  const router = useRouter();
  const [open, setOpen] = useState<Set<string>>(() => new Set(ancestorIds));
  const [naming, setNaming] = useState<FolderNameTarget | null>(null);
  const [moving, setMoving] = useState<FolderNode | null>(null);
  const [deleting, setDeleting] = useState<FolderNode | null>(null);
  const toggle = (id: string) => setOpen((prev) => {
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
      <li key={node.id} role="treeitem" aria-expanded={node.children.length ? expanded : undefined} aria-selected={selected}>
        <div className={cn("group flex items-center gap-0.5 rounded-md pr-1", selected ? "bg-brand-50 text-brand-700" : "hover:bg-accent")} style={{ paddingLeft: depth * 14 }}>
          {node.children.length ? (
            <button type="button" onClick={() => toggle(node.id)} aria-label={`${expanded ? "Collapse" : "Expand"} ${node.name}`} className="flex size-6 items-center justify-center rounded text-muted-foreground hover:text-foreground">
              <ChevronRight aria-hidden className={cn("size-3.5 transition-transform", expanded && "rotate-90")} />
            </button>
          ) : (
            <span className="size-6" aria-hidden />
          )}
          <Link href={folderHref(projectId, node.id)} aria-current={selected ? "page" : undefined} className="flex min-w-0 flex-1 items-center gap-2 py-1.5 text-sm">
            <Icon aria-hidden className={cn("size-4 shrink-0", selected ? "text-brand-600" : "text-muted-foreground")} />
            <span className="truncate">{node.name}</span>
          </Link>
          {canWrite ? (
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="ghost" size="icon-sm" className="size-7 opacity-60 group-hover:opacity-100 focus-visible:opacity-100" aria-label={`Actions for ${node.name}`}>
                  <MoreHorizontal aria-hidden />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent>
                <DropdownMenuItem onSelect={() => setNaming({ mode: "create", projectId, parentFolderId: node.id, parentName: node.name })}><FolderPlus aria-hidden /> New subfolder</DropdownMenuItem>
                <DropdownMenuItem onSelect={() => setNaming({ mode: "rename", folderId: node.id, name: node.name })}><Pencil aria-hidden /> Rename</DropdownMenuItem>
                <DropdownMenuItem onSelect={() => setMoving(node)}><MoveRight aria-hidden /> Move to…</DropdownMenuItem>
                <DropdownMenuSeparator />
                <DropdownMenuItem variant="destructive" onSelect={() => setDeleting(node)}><Trash2 aria-hidden /> Delete</DropdownMenuItem>
              </DropdownMenuContent>
            </DropdownMenu>
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
          <Button variant="ghost" size="sm" onClick={() => setNaming({ mode: "create", projectId, parentFolderId: selectedId, parentName: selectedId ? findName(tree, selectedId) : null })}>
            <FolderPlus aria-hidden /> New
          </Button>
        ) : null}
      </div>
      <Link href={folderHref(projectId, null)} aria-current={selectedId === null ? "page" : undefined} className={cn("flex items-center gap-2 rounded-md px-2 py-1.5 text-sm", selectedId === null ? "bg-brand-50 text-brand-700" : "hover:bg-accent")}>
        <House aria-hidden className="size-4" /> All top-level files
      </Link>
      {tree.length ? <ul role="tree" aria-label="Folder tree">{tree.map((node) => renderNode(node, 0))}</ul> : <p className="px-2 text-sm text-muted-foreground">No folders yet.</p>}
      <FolderNameDialog target={naming} onClose={() => setNaming(null)} />
      <MoveFolderDialog tree={tree} folder={moving} onClose={() => setMoving(null)} />
      <DeleteFolderDialog folder={deleting} onClose={() => setDeleting(null)} onDeleted={(f) => f.id === selectedId && router.push(folderHref(projectId, f.parentFolderId))} />
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
