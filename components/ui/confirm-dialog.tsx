"use client";

import { LoaderCircle } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "./button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "./dialog";

export type ConfirmDialogProps = {
  /** The element that opens the dialog (rendered asChild: pass a Button). Omit when controlled. */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  cancelLabel?: string;
  /** Extra pending state from the caller (e.g. a hook's isPending); async confirms track their own. */
  pending?: boolean;
  destructive?: boolean;
  /** Resolve to false to keep the dialog open (the action failed and `error` explains why). */
  onConfirm: () => unknown;
  error?: ReactNode;
  /** Inputs the confirmation needs (a reason), shown under the description. */
  children?: ReactNode;
};

/**
 * Asks before an action that is hard to undo. It cannot be dismissed while the action runs, and
 * it stays open when the action reports failure, so the reason can be read next to the button.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { trigger, title, description, confirmLabel, pendingLabel, cancelLabel = "Cancel", destructive = true, error } = props;
  const [internalOpen, setInternalOpen] = useState(false);
  const [running, setRunning] = useState(false);
  const open = props.open ?? internalOpen;
  const pending = running || Boolean(props.pending);

  function setOpen(next: boolean) {
    if (pending) return;
    setInternalOpen(next);
    props.onOpenChange?.(next);
  }

  async function confirm() {
    setRunning(true);
    try {
      const outcome = await props.onConfirm();
      if (outcome !== false) {
        setInternalOpen(false);
        props.onOpenChange?.(false);
      }
    } finally {
      setRunning(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
      <DialogContent role="alertdialog" hideClose className="max-w-md">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {props.children}
        {error ? (
          <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
            {error}
          </p>
        ) : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline" disabled={pending}>
              {cancelLabel}
            </Button>
          </DialogClose>
          <Button variant={destructive ? "destructive" : "default"} onClick={confirm} disabled={pending} aria-busy={pending}>
            {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
            {pending ? (pendingLabel ?? confirmLabel) : confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
