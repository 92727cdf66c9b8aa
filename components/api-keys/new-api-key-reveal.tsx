"use client";

import { SecretReveal } from "@/components/ui/secret-reveal";

/** The plaintext key, this once: only its hash is stored, so it cannot be shown again. */
export function NewApiKeyReveal({ name, apiKey, onDone }: { name: string; apiKey: string; onDone: () => void }) {
  return (
    <SecretReveal
      title={`Key “${name}” created`}
      value={apiKey}
      note="Copy it now: it will not be shown again. If it is lost, revoke it and create another."
      copyLabel="Copy key"
      testId="new-api-key"
      onDone={onDone}
    />
  );
}
