"use client";

import { SecretReveal } from "@/components/ui/secret-reveal";

/** The signing secret, this once: it is stored encrypted and never shown again. */
export function WebhookSecretReveal({ title, secret, note, onDone }: { title: string; secret: string; note?: string; onDone: () => void }) {
  return (
    <SecretReveal
      title={title}
      value={secret}
      note={`Copy the signing secret now: it will not be shown again.${note ? ` ${note}` : ""}`}
      copyLabel="Copy secret"
      testId="webhook-secret"
      onDone={onDone}
    />
  );
}
