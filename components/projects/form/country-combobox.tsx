"use client";

import { ChevronsUpDown } from "lucide-react";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { controlClassName } from "@/components/ui/input";
import { useFieldControl } from "@/components/ui/field";
import { CountryOptionList } from "@/components/projects/form/country-option-list";
import type { CountryOption } from "@/lib/projects/project-form-options";
import { cn } from "@/lib/utils/cn";

/**
 * A searchable country picker (ARIA combobox with a listbox): type part of a name or the ISO
 * code, pick with the arrow keys and Enter or with the mouse. The form posts the alpha-2 code.
 */
export function CountryCombobox({ name, options, defaultValue }: { name: string; options: CountryOption[]; defaultValue: string }) {
  const field = useFieldControl();
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const nameOf = (code: string) => options.find((o) => o.code === code)?.name ?? code;
  const [selected, setSelected] = useState(defaultValue);
  const [query, setQuery] = useState(defaultValue ? nameOf(defaultValue) : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    // Showing the chosen name is not a search: the whole list opens.
    if (!q || options.some((o) => o.code === selected && o.name === query)) return options;
    return options.filter((o) => o.code.toLowerCase() === q || o.name.toLowerCase().includes(q));
  }, [query, options, selected]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only on opening; moving with the keys scrolls by itself (see move)
  useEffect(() => {
    if (!open) return;
    // Show the current choice inside the list, without moving the page.
    const list = listRef.current;
    const current = list?.children[active] as HTMLElement | undefined;
    if (list && current) list.scrollTop = current.offsetTop - list.clientHeight / 2;
    // Near the bottom of the window (and the sticky save bar) the list would open off-screen: bring the field up.
    const input = inputRef.current;
    if (input && input.getBoundingClientRect().bottom + 340 > window.innerHeight) input.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [open]);

  function openList() {
    if (open) return;
    setActive(
      Math.max(
        0,
        matches.findIndex((o) => o.code === selected),
      ),
    );
    setOpen(true);
  }

  function choose(option: CountryOption) {
    setSelected(option.code);
    setQuery(option.name);
    setOpen(false);
  }

  function move(delta: number) {
    const next = Math.max(0, Math.min(matches.length - 1, active + delta));
    setActive(next);
    listRef.current?.children[next]?.scrollIntoView({ block: "nearest" });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) openList();
      else move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && open && matches[active]) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setQuery(selected ? nameOf(selected) : "");
    }
  }

  function onBlur() {
    setOpen(false);
    // Typed text that picked nothing falls back to the last choice (or to none when cleared).
    if (!query.trim()) setSelected("");
    else setQuery(selected ? nameOf(selected) : "");
  }

  return (
    <div className="relative">
      <input type="hidden" name={name} value={selected} />
      <input
        {...field}
        ref={inputRef}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${matches[active].code}` : undefined}
        autoComplete="off"
        placeholder="Search countries"
        className={cn(controlClassName, "h-9 py-1 pr-9")}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={(event) => event.target.select()}
        onClick={openList}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <ChevronsUpDown aria-hidden className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground" />
      {open ? (
        <CountryOptionList
          listId={listId}
          listRef={listRef}
          options={matches}
          query={query}
          active={active}
          isSelected={(code) => code === selected}
          onActivate={setActive}
          onChoose={(option) => choose(option)}
        />
      ) : null}
    </div>
  );
}
