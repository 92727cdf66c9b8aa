"use client";

import { Check, Copy } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { createShareLinkAction } from "@/lib/dataroom/share/actions";
import { DEFAULT_SHARE_EXPIRY, SHARE_EXPIRY_LABELS, type ShareExpiry } from "@/lib/dataroom/share/share-expiry";
import { formatDateTime } from "./format-date-time";

type ShareDocumentDialogProps = { documentId: string; documentName: string; open: boolean; onOpenChange: (open: boolean) => void };

export function ShareDocumentDialog({ documentId, documentName, open, onOpenChange }: ShareDocumentDialogProps) {
  const [expiresIn, setExpiresIn] = useState<ShareExpiry>(DEFAULT_SHARE_EXPIRY);
  const { execute, result, isPending, reset } = useAction(createShareLinkAction);
  const errors = result.validationErrors?.fieldErrors ?? {};
  const link = result.data;

  function changeOpen(next: boolean) {
    if (isPending) return;
    if (next) setExpiresIn(DEFAULT_SHARE_EXPIRY);
    // The link is shown once: closing forgets it.
    else reset();
    onOpenChange(next);
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    execute({ documentId, recipientEmail: String(form.get("recipientEmail") ?? ""), note: String(form.get("note") ?? ""), expiresIn });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogContent className="max-w-md">
        <DialogHeader>
          <DialogTitle>{link ? "Share link created" : "Share by link"}</DialogTitle>
          <DialogDescription className="break-all">{documentName}</DialogDescription>
        </DialogHeader>
        {link ? (
          <CreatedLink url={`${window.location.origin}${link.path}`} recipientEmail={link.recipientEmail} expiresAt={link.expiresAt} onDone={() => changeOpen(false)} />
        ) : (
          <form onSubmit={submit} noValidate className="grid gap-4">
            {result.serverError ? (
              <Alert variant="danger" title="No link was created">
                {result.serverError.message}
              </Alert>
            ) : null}
            <Field
              label="Recipient's email"
              error={errors.recipientEmail}
              hint="Someone outside the platform. Downloads of watermarked PDFs carry this address."
              required
            >
              <Input name="recipientEmail" type="email" autoComplete="off" autoFocus placeholder="name@company.com" maxLength={320} />
            </Field>
            <Field label="Link works for" error={errors.expiresIn} required>
              <NativeSelect name="expiresIn" value={expiresIn} onChange={(event) => setExpiresIn(event.target.value as ShareExpiry)}>
                {Object.entries(SHARE_EXPIRY_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label="Note" error={errors.note} hint="Why you are sharing it. Kept in the access log; the recipient does not see it.">
              <Textarea name="note" rows={2} maxLength={500} />
            </Field>
            <DialogFooter>
              <Button variant="outline" onClick={() => changeOpen(false)} disabled={isPending}>
                Cancel
              </Button>
              <Button type="submit" disabled={isPending} aria-busy={isPending}>
                {isPending ? "Creating…" : "Create link"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

function CreatedLink({ url, recipientEmail, expiresAt, onDone }: { url: string; recipientEmail: string; expiresAt: string; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      // The Clipboard API needs a secure origin; the old selection copy still works over plain http.
      input.current?.select();
      setCopy(document.execCommand("copy") ? "copied" : "failed");
    }
  }

  return (
    <div className="grid gap-4">
      <Alert variant="success" title="Copy it now: it is shown only this once.">
        Send it to {recipientEmail} yourself. It works until {formatDateTime(expiresAt)}, and every view and download is logged.
      </Alert>
      <Field label="Share link" error={copy === "failed" ? "Copying is blocked here: select the link and copy it." : null}>
        <div className="flex gap-2">
          <Input ref={input} readOnly value={url} onFocus={(event) => event.currentTarget.select()} className="font-mono text-xs" />
          <Button variant="outline" onClick={copyLink} aria-live="polite">
            {copy === "copied" ? <Check aria-hidden /> : <Copy aria-hidden />} {copy === "copied" ? "Copied" : "Copy"}
          </Button>
        </div>
      </Field>
      <DialogFooter>
        <Button onClick={onDone}>Done</Button>
      </DialogFooter>
    </div>
  );
}
