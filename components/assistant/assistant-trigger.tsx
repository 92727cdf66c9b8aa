"use client";

import { Sparkles } from "lucide-react";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { AssistantSheetPlaceholder } from "./assistant-sheet-placeholder";

const loadPanel = () => import("./assistant-panel").then((panel) => panel.AssistantPanel);

// The panel (Radix dialog, the AI SDK's chat state, react-markdown with GFM: ~80 KB gzip) is wanted
// only once someone asks Ralph something: it loads on the first open, its sheet's place held meanwhile.
const AssistantPanel = dynamic(loadPanel, { ssr: false, loading: AssistantSheetPlaceholder });

const isShortcut = (event: KeyboardEvent) => (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "j";

/** "Ask Ralph" in the top bar, and Ctrl/⌘+J anywhere: opens the assistant with the page's context. */
export function AssistantTrigger() {
  const [open, setOpen] = useState(false);
  // Once loaded the panel stays mounted while closed, so a conversation survives closing and navigating.
  const [wanted, setWanted] = useState(false);
  const [mac, setMac] = useState(false);

  useEffect(() => {
    setMac(/Mac|iPhone|iPad/.test(navigator.platform));
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      setWanted(true);
      setOpen((current) => !current);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => (setWanted(true), setOpen(true))}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-keyshortcuts="Control+J Meta+J"
        title={`Ask Ralph, the assistant (${mac ? "⌘" : "Ctrl+"}J)`}
        data-testid="assistant-trigger"
        className="inline-flex h-9 shrink-0 cursor-pointer items-center gap-2 rounded-md border border-transparent px-2.5 text-sm font-medium text-foreground transition-colors sm:border-border sm:bg-surface sm:shadow-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        <Sparkles aria-hidden className="size-4 text-brand-600" />
        <span className="sr-only sm:not-sr-only">Ask Ralph</span>
        <kbd aria-hidden className="hidden rounded border border-border bg-muted px-1.5 font-sans text-[11px] leading-5 text-muted-foreground md:inline">
          {mac ? "⌘J" : "Ctrl J"}
        </kbd>
      </button>
      {wanted ? <AssistantPanel open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}
