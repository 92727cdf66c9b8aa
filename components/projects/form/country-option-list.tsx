"use client";

import { Check } from "lucide-react";
import type { Ref } from "react";
import type { CountryOption } from "@/lib/projects/project-form-options";
import { cn } from "@/lib/utils/cn";

type Props = {
  listId: string;
  listRef: Ref<HTMLUListElement>;
  options: CountryOption[];
  query: string;
  active: number;
  multiselectable?: boolean;
  isSelected(code: string): boolean;
  onActivate(index: number): void;
  onChoose(option: CountryOption): void;
};

/**
 * The listbox of a country combobox, one or many chosen (the project's country, a mandate's
 * geographies). Focus stays in the combobox's input, which points at the active option through
 * aria-activedescendant (`${listId}-${code}`); the input's keys move through and choose options.
 */
export function CountryOptionList({ listId, listRef, options, query, active, multiselectable, isSelected, onActivate, onChoose }: Props) {
  return (
    <ul
      ref={listRef}
      id={listId}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA combobox pattern: a listbox of options on ul and li
      role="listbox"
      aria-multiselectable={multiselectable || undefined}
      aria-label="Countries"
      className="absolute z-30 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-border bg-surface p-1 shadow-pop"
    >
      {options.length === 0 ? (
        <li className="px-3 py-2 text-sm text-muted-foreground">No country matches “{query}”.</li>
      ) : (
        options.map((option, index) => (
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the input, which points at the active option (aria-activedescendant)
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input's onKeyDown moves through and chooses options
          <li
            key={option.code}
            id={`${listId}-${option.code}`}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: see the listbox above
            role="option"
            aria-selected={isSelected(option.code)}
            className={cn(
              "flex cursor-pointer items-center justify-between gap-3 rounded-sm px-3 py-1.5 text-sm",
              index === active ? "bg-accent text-foreground" : "text-foreground/90",
            )}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => onActivate(index)}
            onClick={() => onChoose(option)}
          >
            <span className="flex items-center gap-2">
              {isSelected(option.code) ? <Check aria-hidden className="size-3.5 text-primary" /> : <span className="size-3.5" />}
              {option.name}
            </span>
            <span className="font-mono text-xs text-muted-foreground">{option.code}</span>
          </li>
        ))
      )}
    </ul>
  );
}
