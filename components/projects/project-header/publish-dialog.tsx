"use client";

import { CircleCheck, CircleDashed, LoaderCircle, Rocket } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { ReadinessFix } from "@/lib/projects/get-publish-readiness";
import type { HeaderPermissions } from "./types";

const FIX_PATH: Record<ReadinessFix, { path: string; label: string }> = {
  edit: { path: "/edit", label: "Edit project" },
  milestones: { path: "/milestones", label: "Add milestones" },
  budget: { path: "/budget", label: "Add budget" },
};

type Props = {
  projectId: string;
  projectName: string;
  readiness: NonNullable<HeaderPermissions["readiness"]>;
  onPublish: () => Promise<boolean>;
  error: string | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** The marketplace checklist: every item investors need, what is missing and where to add it. Opened by the header's Publish button. */
export function PublishDialog({ projectId, projectName, readiness, onPublish, error, open, onOpenChange: setOpen }: Props) {
  const [pending, setPending] = useState(false);
  const missing = readiness.items.filter((item) => !item.met).length;

  async function publish() {
    setPending(true);
    const ok = await onPublish().finally(() => setPending(false));
    if (ok) setOpen(false);
  }

  return (
    <Dialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <DialogContent className="max-w-lg">
        <DialogHeader>
          <DialogTitle>Publish to the marketplace</DialogTitle>
          <DialogDescription>
            {readiness.ready
              ? `Investors will be able to find ${projectName}, with its key facts, milestones and budget.`
              : `${missing} ${missing === 1 ? "thing is" : "things are"} missing before investors can see ${projectName}.`}
          </DialogDescription>
        </DialogHeader>
        <ul aria-label="Marketplace checklist" className="grid gap-1 rounded-md border border-border p-2">
          {readiness.items.map((item) => (
            <li key={item.key} className="flex items-center justify-between gap-3 rounded-sm px-2 py-1.5 text-sm">
              <span className="flex items-start gap-2">
                {item.met ? (
                  <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
                ) : (
                  <CircleDashed aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
                )}
                <span>
                  <span className={item.met ? "text-foreground" : "font-medium text-foreground"}>{item.label}</span>
                  <span className="sr-only">{item.met ? " (done)" : " (missing)"}</span>
                  {!item.met && item.detail ? <span className="block text-xs text-muted-foreground">{item.detail}</span> : null}
                </span>
              </span>
              {item.met ? null : (
                <Link
                  href={`/projects/${projectId}${FIX_PATH[item.fix].path}`}
                  className="shrink-0 text-xs font-medium text-primary hover:underline"
                  onClick={() => setOpen(false)}
                >
                  {FIX_PATH[item.fix].label}
                </Link>
              )}
            </li>
          ))}
        </ul>
        {error ? (
          <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
            {error}
          </p>
        ) : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline" disabled={pending}>
              Cancel
            </Button>
          </DialogClose>
          <Button onClick={publish} disabled={!readiness.ready || pending} aria-busy={pending}>
            {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : <Rocket aria-hidden />}
            {pending ? "Publishing…" : "Publish now"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
