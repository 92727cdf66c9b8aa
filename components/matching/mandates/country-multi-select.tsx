"use client";

import { X } from "lucide-react";
import { useId, useMemo, useRef, useState } from "react";
import { useFieldControl } from "@/components/ui/field";
import { controlClassName } from "@/components/ui/input";
import { CountryOptionList } from "@/components/projects/form/country-option-list";
import type { CountryOption } from "@/lib/projects/project-form-options";
import { cn } from "@/lib/utils/cn";

type Props = { name: string; options: CountryOption[]; defaultValue: string[]; placeholder?: string };

/**
 * A searchable multi-select of countries (ARIA combobox over a multi-select listbox): type part of
 * a name or the ISO code, move with the arrow keys, Enter adds or removes, Backspace in the empty
 * box removes the last choice. The form posts one alpha-2 code per hidden input.
 */
export function CountryMultiSelect({ name, options, defaultValue, placeholder = "Search countries" }: Props) {
  const field = useFieldControl();
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [selected, setSelected] = useState<string[]>(defaultValue);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const nameOf = useMemo(() => new Map(options.map((option) => [option.code, option.name])), [options]);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return options;
    return options.filter((option) => option.code.toLowerCase() === q || option.name.toLowerCase().includes(q));
  }, [query, options]);

  function toggle(code: string) {
    setSelected((current) => (current.includes(code) ? current.filter((c) => c !== code) : [...current, code]));
    setQuery("");
  }

  function move(delta: number) {
    const next = Math.max(0, Math.min(matches.length - 1, active + delta));
    setActive(next);
    listRef.current?.children[next]?.scrollIntoView({ block: "nearest" });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) setOpen(true);
      else move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && open && matches[active]) {
      event.preventDefault();
      toggle(matches[active].code);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === "Backspace" && query === "" && selected.length > 0) {
      setSelected((current) => current.slice(0, -1));
    }
  }

  return (
    <div className="grid gap-2">
      {selected.map((code) => (
        <input key={code} type="hidden" name={name} value={code} />
      ))}
      {selected.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Chosen countries">
          {selected.map((code) => (
            <li key={code}>
              <button
                type="button"
                onClick={() => toggle(code)}
                className="inline-flex items-center gap-1 rounded-full border border-border bg-secondary px-2 py-0.5 text-xs font-medium text-secondary-foreground hover:bg-secondary-hover focus-visible:outline-2 focus-visible:outline-ring"
                aria-label={`Remove ${nameOf.get(code) ?? code}`}
              >
                {nameOf.get(code) ?? code}
                <span className="font-mono text-[10px] text-muted-foreground">{code}</span>
                <X aria-hidden className="size-3" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="relative">
        <input
          {...field}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && matches[active] ? `${listId}-${matches[active].code}` : undefined}
          autoComplete="off"
          placeholder={placeholder}
          className={cn(controlClassName, "h-9 py-1")}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        {open ? (
          <CountryOptionList
            listId={listId}
            listRef={listRef}
            options={matches}
            query={query}
            active={active}
            multiselectable
            isSelected={(code) => selected.includes(code)}
            onActivate={setActive}
            onChoose={(option) => toggle(option.code)}
          />
        ) : null}
      </div>
    </div>
  );
}
