"use client";

import { Bookmark } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createSavedSearchAction } from "@/lib/marketplace/saved-searches/actions";

/** Saves the search as the URL has it now; new projects that fit it notify you when `notify` is on. */
export function SaveSearchDialog({ query, suggestedName }: { query: string; suggestedName: string }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(suggestedName);
  const [notify, setNotify] = useState(true);
  const { execute, isPending, result, reset, hasSucceeded } = useAction(createSavedSearchAction);
  const fieldError = result.validationErrors?.fieldErrors.name?.[0] ?? null;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          <Bookmark aria-hidden /> Save search
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Save this search</DialogTitle>
          <DialogDescription>Every filter and the text search are kept. Open it again from your saved searches.</DialogDescription>
        </DialogHeader>
        {hasSucceeded ? (
          <p role="status" className="text-sm">
            Saved.{" "}
            <Link href="/marketplace/saved" className="font-medium text-primary hover:underline">
              See your saved searches
            </Link>
          </p>
        ) : (
          <form
            id="save-search"
            className="grid gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              execute({ name, query, notify });
            }}
          >
            <Field label="Name" error={fieldError} required>
              <Input value={name} onChange={(event) => setName(event.target.value)} maxLength={120} autoFocus />
            </Field>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4 accent-primary" checked={notify} onChange={(event) => setNotify(event.target.checked)} />
              Notify me when new projects fit this search
            </label>
            {result.serverError ? (
              <p role="alert" className="text-sm text-danger">
                {result.serverError.message}
              </p>
            ) : null}
          </form>
        )}
        <DialogFooter>
          {hasSucceeded ? (
            <Button onClick={() => setOpen(false)}>Done</Button>
          ) : (
            <Button type="submit" form="save-search" disabled={isPending}>
              {isPending ? "Saving…" : "Save search"}
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
