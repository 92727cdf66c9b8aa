"use client";

import { ChevronDown } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { LazyMenu } from "@/components/ui/lazy-menu";
import { cn } from "@/lib/utils/cn";
import type { FilterOption } from "./filter-options";

type MultiSelectFilterProps = { label: string; options: FilterOption[]; selected: string[]; onChange(values: string[]): void };

/** A filter button with a menu of checkboxes; applies on every tick, keeping the menu open. */
export function MultiSelectFilter({ label, options, selected, onChange }: MultiSelectFilterProps) {
  // Ticks made before the URL catches up build on each other instead of on the stale URL value.
  const [draft, setDraft] = useState(selected);
  const [synced, setSynced] = useState(selected);
  if (synced.join() !== selected.join()) {
    setSynced(selected);
    setDraft(selected);
  }

  const toggle = (value: string, checked: boolean) => {
    const next = options.map((option) => option.value).filter((v) => (v === value ? checked : draft.includes(v)));
    setDraft(next);
    onChange(next);
  };
  const summary = draft.length === 1 ? (options.find((option) => option.value === draft[0])?.label ?? draft[0]) : draft.length > 1 ? `${draft.length} selected` : null;

  return (
    <LazyMenu
      align="start"
      className="max-h-80 overflow-y-auto"
      trigger={
        <Button variant="outline" size="sm" className={cn("border-dashed", draft.length > 0 && "border-solid border-primary/40 bg-secondary")}>
          {label}
          {summary ? (
            <>
              <span aria-hidden className="h-4 w-px bg-border" />
              <span className="font-normal text-secondary-foreground">{summary}</span>
            </>
          ) : null}
          <ChevronDown aria-hidden className="text-muted-foreground" />
        </Button>
      }
      content={({ Item, Separator, CheckboxItem }) => (
        <>
          {options.map((option) => (
            <CheckboxItem key={option.value} checked={draft.includes(option.value)} onCheckedChange={(checked) => toggle(option.value, checked)}>
              {option.label}
            </CheckboxItem>
          ))}
          {draft.length > 0 ? (
            <>
              <Separator />
              <Item
                onSelect={() => {
                  setDraft([]);
                  onChange([]);
                }}
              >
                Clear {label.toLowerCase()}
              </Item>
            </>
          ) : null}
        </>
      )}
    />
  );
}
