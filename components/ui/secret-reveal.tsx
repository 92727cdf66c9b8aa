"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = { title: string; value: string; note: string; copyLabel: string; testId: string; onDone: () => void };

/** A secret shown this once (only its hash, or its ciphertext, is kept): copy it now or replace it later. */
export function SecretReveal({ title, value, note, copyLabel, testId, onDone }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <Alert variant="success" title={title}>
      <span className="grid gap-2">
        <span className="font-medium">{note}</span>
        <span className="flex flex-wrap items-center gap-2">
          <code className="max-w-full break-all rounded bg-surface px-2 py-1 text-xs" data-testid={testId}>
            {value}
          </code>
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={async () => {
              await navigator.clipboard.writeText(value);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : copyLabel}
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={onDone}>
            Done
          </Button>
        </span>
      </span>
    </Alert>
  );
}
