import { Sparkles } from "lucide-react";

export const TRIGGER_CLASS =
  "inline-flex h-9 shrink-0 cursor-pointer items-center gap-2 rounded-md border border-transparent px-2.5 text-sm font-medium text-foreground transition-colors hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:cursor-default sm:border-border sm:bg-surface sm:shadow-sm";

export const KBD_CLASS = "hidden rounded border border-border bg-muted px-1.5 font-sans text-[11px] leading-5 text-muted-foreground md:inline";

/** The trigger's icon and label, rendered on the server and handed to the client trigger, so they cost the page no JavaScript. */
export function AssistantTriggerFace() {
  return (
    <>
      <Sparkles aria-hidden className="size-4 text-brand-600" />
      <span className="sr-only sm:not-sr-only">Ask Ralph</span>
    </>
  );
}

/** The trigger as it looks before its code has loaded: disabled (a click would do nothing). */
export function AssistantTriggerPlaceholder() {
  return (
    <button type="button" disabled className={TRIGGER_CLASS} data-testid="assistant-trigger">
      <AssistantTriggerFace />
      <kbd aria-hidden className={KBD_CLASS}>
        Ctrl J
      </kbd>
    </button>
  );
}
