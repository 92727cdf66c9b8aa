"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The signing secret, this once: it is stored encrypted and never shown again. */
export function WebhookSecretReveal({ title, secret, note, onDone }: { title: string; secret: string; note?: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <Alert variant="success" title={title}>
      <span className="grid gap-2">
        <span className="font-medium">Copy the signing secret now: it will not be shown again. {note}</span>
        <span className="flex flex-wrap items-center gap-2">
          <code className="max-w-full break-all rounded bg-surface px-2 py-1 text-xs" data-testid="webhook-secret">
            {secret}
          </code>
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={async () => {
              await navigator.clipboard.writeText(secret);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy secret"}
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={onDone}>
            Done
          </Button>
        </span>
      </span>
    </Alert>
  );
}
