"use client";

import dynamic from "next/dynamic";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { AssistantSheetPlaceholder } from "./assistant-sheet-placeholder";
import { KBD_CLASS, TRIGGER_CLASS } from "./assistant-trigger-face";

const loadPanel = () => import("./assistant-panel").then((panel) => panel.AssistantPanel);

// The panel (Radix dialog, the AI SDK's chat state, react-markdown with GFM: ~80 KB gzip) is wanted
// only once someone asks Ralph something: it loads on the first open, its sheet's place held meanwhile.
const AssistantPanel = dynamic(loadPanel, { ssr: false, loading: AssistantSheetPlaceholder });

const isShortcut = (event: KeyboardEvent) => (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "j";

/** "Ask Ralph" in the top bar, and Ctrl/⌘+J anywhere: opens the assistant with the page's context. Loaded after the page by AssistantTriggerSlot. */
export function AssistantTrigger({ face }: { face: ReactNode }) {
  const [open, setOpen] = useState(false);
  // Once loaded the panel stays mounted while closed, so a conversation survives closing and navigating.
  const [wanted, setWanted] = useState(false);
  const [mac, setMac] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The panel is not opened by a Radix trigger, so it hands focus back here: to what had it before, else this button.
  const focusedBefore = useRef<Element | null>(null);
  const show = (next: boolean) => {
    if (next) focusedBefore.current = document.activeElement;
    setWanted(true);
    setOpen(next);
  };
  const returnFocus = () => {
    const before = focusedBefore.current;
    if (before instanceof HTMLElement && before.isConnected && before !== document.body) before.focus();
    else button.current?.focus();
  };

  const openRef = useRef(open);
  openRef.current = open;

  useEffect(() => {
    setMac(/Mac|iPhone|iPad/.test(navigator.platform));
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      if (!openRef.current) focusedBefore.current = document.activeElement;
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
        ref={button}
        onClick={() => show(true)}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-keyshortcuts="Control+J Meta+J"
        title={`Ask Ralph, the assistant (${mac ? "⌘" : "Ctrl+"}J)`}
        data-testid="assistant-trigger"
        className={TRIGGER_CLASS}
      >
        {face}
        <kbd aria-hidden className={KBD_CLASS}>
          {mac ? "⌘J" : "Ctrl J"}
        </kbd>
      </button>
      {wanted ? <AssistantPanel open={open} onOpenChange={show} onClosed={returnFocus} /> : null}
    </>
  );
}
