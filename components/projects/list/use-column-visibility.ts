"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { ColumnVisibilityState } from "@tanstack/react-table";

const STORAGE_KEY = "scr.projects-list.hidden-columns";
/** Hidden until the user asks for it: the other columns fit a laptop screen without scrolling. */
const DEFAULT_HIDDEN = JSON.stringify(["capacity"]);
const CHANGE_EVENT = "scr:projects-columns";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** A choice localStorage refused (private mode, full quota): it still applies on this page. */
let unsaved: string | null = null;

function readHidden(): string {
  if (unsaved !== null) return unsaved;
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? DEFAULT_HIDDEN;
  } catch {
    return DEFAULT_HIDDEN;
  }
}

/**
 * Which columns the user hid, kept in localStorage: a preference of this browser, not part of a
 * shared link. The server renders the default columns; the browser applies the preference after hydration.
 */
export function useColumnVisibility() {
  const stored = useSyncExternalStore(subscribe, readHidden, () => DEFAULT_HIDDEN);
  const visibility = useMemo<ColumnVisibilityState>(() => {
    try {
      const hidden = JSON.parse(stored) as unknown;
      return Array.isArray(hidden) ? Object.fromEntries(hidden.filter((id) => typeof id === "string").map((id) => [id, false])) : {};
    } catch {
      return {};
    }
  }, [stored]);

  const setVisibility = useCallback((next: ColumnVisibilityState) => {
    const hidden = Object.entries(next)
      .filter(([, visible]) => visible === false)
      .map(([id]) => id);
    const value = JSON.stringify(hidden);
    try {
      window.localStorage.setItem(STORAGE_KEY, value);
      unsaved = null;
    } catch {
      unsaved = value;
    }
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);

  return { visibility, setVisibility };
}
