"use client";

import dynamic from "next/dynamic";
import { createContext, type ReactNode, useContext } from "react";

const Placeholder = createContext<ReactNode>(null);

function LoadingTrigger() {
  return useContext(Placeholder);
}

// Every signed-in page has the trigger, and the routes' first-load JavaScript is near its budget:
// the trigger's code (its shortcut, then the panel on demand) loads after the page; its server-rendered
// face holds the place meanwhile, and becomes the real button's content.
const AssistantTrigger = dynamic(() => import("./assistant-trigger").then((trigger) => trigger.AssistantTrigger), {
  ssr: false,
  loading: LoadingTrigger,
});

export function AssistantTriggerSlot({ face, placeholder }: { face: ReactNode; placeholder: ReactNode }) {
  return (
    <Placeholder.Provider value={placeholder}>
      <AssistantTrigger face={face} />
    </Placeholder.Provider>
  );
}
