"use client";

import { ImageUp, LoaderCircle, Trash2 } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useId, useRef, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { removeOrgLogoAction, uploadOrgLogoAction } from "@/lib/org-settings/actions";
import { LOGO_MAX_BYTES, LOGO_MIME_TYPES } from "@/lib/org-settings/logo-limits";

/** Upload on choosing a file; the server checks the bytes, this only spares a pointless upload. */
export function OrgLogoCard({ orgName, logoUrl }: { orgName: string; logoUrl: string | null }) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [clientError, setClientError] = useState<string | null>(null);
  const upload = useAction(uploadOrgLogoAction);
  const remove = useAction(removeOrgLogoAction);
  const error = clientError ?? upload.result.validationErrors?.fieldErrors?.logo?.[0] ?? upload.result.serverError?.message;

  function onFile(file: File | undefined) {
    if (input.current) input.current.value = "";
    if (!file) return;
    upload.reset();
    if (file.size > LOGO_MAX_BYTES) return setClientError("The logo must be 2 MB or smaller.");
    setClientError(null);
    upload.execute({ logo: file });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Logo</CardTitle>
        <CardDescription>Shown in the top bar for everyone in {orgName}. PNG, JPEG or WebP, up to 2 MB; a square image works best.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex items-center gap-4">
          <div className="flex size-20 shrink-0 items-center justify-center overflow-hidden rounded-lg border border-border bg-background">
            {logoUrl ? <img src={logoUrl} alt={`${orgName} logo`} className="size-full object-contain p-1.5" /> : <Avatar name={orgName} size="lg" />}
          </div>
          <div className="flex flex-wrap gap-2">
            <input
              ref={input}
              id={inputId}
              type="file"
              aria-label="Logo image"
              accept={LOGO_MIME_TYPES.join(",")}
              className="sr-only"
              aria-describedby={error ? `${inputId}-error` : undefined}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onFile(event.target.files?.[0])}
              disabled={upload.isPending}
            />
            <Button variant="outline" onClick={() => input.current?.click()} disabled={upload.isPending} aria-busy={upload.isPending}>
              {upload.isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : <ImageUp aria-hidden />}
              {upload.isPending ? "Uploading…" : logoUrl ? "Replace logo" : "Upload logo"}
            </Button>
            {logoUrl ? (
              <ConfirmDialog
                trigger={
                  <Button variant="ghost" className="text-danger hover:bg-danger-soft">
                    <Trash2 aria-hidden /> Remove
                  </Button>
                }
                title="Remove the logo?"
                description="The top bar shows your organisation's initials instead. You can upload a logo again at any time."
                confirmLabel="Remove logo"
                pendingLabel="Removing…"
                error={remove.result.serverError?.message}
                onConfirm={async () => !(await remove.executeAsync())?.serverError}
              />
            ) : null}
          </div>
        </div>
        {error ? (
          <p id={`${inputId}-error`} role="alert" className="text-sm font-medium text-danger">
            {error}
          </p>
        ) : upload.hasSucceeded ? (
          <p role="status" className="text-sm text-success">
            Logo updated.
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
