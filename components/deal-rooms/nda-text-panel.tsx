/** The NDA as the signer reads it, with the hash of the exact text their acceptance records. */
export function NdaTextPanel({ text, sha256 }: { text: string; sha256: string }) {
  return (
    <>
      <section className="max-h-96 overflow-y-auto whitespace-pre-wrap rounded-md border border-border bg-muted/40 p-4 text-sm" aria-label="Non-disclosure agreement">
        {text}
      </section>
      <p className="text-xs break-all text-muted-foreground">Version SHA-256: {sha256}</p>
    </>
  );
}
