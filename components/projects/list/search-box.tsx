"use client";

import { Search, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Input } from "@/components/ui/input";

const DEBOUNCE_MS = 300;

/**
 * Search as you type, sent 300 ms after the last keystroke (Enter sends at once). The first
 * search adds a history entry; refining it replaces that entry, so Back leaves the search.
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch(term: string, options: { replace: boolean }): void }) {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  const onSearchRef = useRef(onSearch);
  onSearchRef.current = onSearch;

  // The URL changed under us (Back, Clear filters): show what it says.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  const send = (term: string) => {
    if (term === sent.current) return;
    const replace = sent.current !== "" && term !== "";
    sent.current = term;
    onSearchRef.current(term, { replace });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: send reads refs only, so any render's copy will do; the timer restarts on text alone
  useEffect(() => {
    const timer = setTimeout(() => send(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div className="relative w-full sm:max-w-xs">
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
      <Input
        type="search"
        aria-label="Search projects"
        placeholder="Search name or description"
        className="pr-9 pl-9 [&::-webkit-search-cancel-button]:hidden"
        value={text}
        maxLength={200}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") send(text.trim());
          if (event.key === "Escape" && text) {
            setText("");
            send("");
          }
        }}
      />
      {text ? (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
            setText("");
            send("");
          }}
          className="absolute top-1/2 right-2 flex size-6 -translate-y-1/2 cursor-pointer items-center justify-center rounded-sm text-muted-foreground hover:bg-accent hover:text-foreground"
        >
          <X aria-hidden className="size-4" />
        </button>
      ) : null}
    </div>
  );
}
