"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The plaintext key, this once: only its hash is stored, so it cannot be shown again. */
export function NewApiKeyReveal({ name, apiKey, onDone }: { name: string; apiKey: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <Alert variant="success" title={`Key “${name}” created`}>
      <span className="grid gap-2">
        <span className="font-medium">Copy it now: it will not be shown again. If it is lost, revoke it and create another.</span>
        <span className="flex flex-wrap items-center gap-2">
          <code className="max-w-full break-all rounded bg-surface px-2 py-1 text-xs" data-testid="new-api-key">
            {apiKey}
          </code>
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={async () => {
              await navigator.clipboard.writeText(apiKey);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy key"}
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={onDone}>
            Done
          </Button>
        </span>
      </span>
    </Alert>
  );
}
