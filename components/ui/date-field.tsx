"use client";

import { CalendarDays } from "lucide-react";
import { useId, useState, type KeyboardEvent } from "react";
import { cn } from "@/lib/utils/cn";
import { useFieldControl } from "./field";
import { Input } from "./input";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const DAY_MS = 86_400_000;

const iso = (year: number, month: number, day: number) => `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** A calendar day that exists, as YYYY-MM-DD; null for 31 Feb and friends. */
function validDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? iso(year, month, day) : null;
}

/** "2026-11-20" -> "20 Nov 2026", the way the app writes dates. */
export function formatDayValue(value: string): string {
  if (!value) return "";
  const date = new Date(`${value}T00:00:00Z`);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()].slice(0, 3).replace(/^./, (c) => c.toUpperCase())} ${date.getUTCFullYear()}`;
}

/**
 * What a person types, as YYYY-MM-DD: "20 Nov 2026", "20 November 2026", "Nov 20, 2026",
 * "2026-11-20" or "20/11/2026" (day first, as the app writes dates). "" for an empty field, null
 * when the text is not a day.
 */
export function parseDayInput(text: string): string | null {
  const input = text.trim().toLowerCase().replace(/,/g, " ").replace(/\s+/g, " ");
  if (!input) return "";
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(input);
  if (m) return validDay(Number(m[3]), Number(m[2]), Number(m[1]));
  // "nov", "november" and "sept" all name November/September; "no" is too short to tell.
  const month = (name: string) => (name.length >= 3 ? MONTHS.findIndex((full) => full.startsWith(name) || (name === "sept" && full === "september")) + 1 : 0);
  m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(input);
  if (m && month(m[2])) return validDay(Number(m[3]), month(m[2]), Number(m[1]));
  m = /^([a-z]+)\.? (\d{1,2}) (\d{4})$/.exec(input);
  if (m && month(m[1])) return validDay(Number(m[3]), month(m[1]), Number(m[2]));
  return null;
}

const shiftDay = (value: string, days: number) => new Date(Date.parse(`${value}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export type DateFieldProps = {
  /** The day as YYYY-MM-DD, or "" for none. */
  value: string;
  /** Called with YYYY-MM-DD (or "" when cleared) once the typed text is a valid day in range. */
  onChange: (value: string) => void;
  /** Inclusive bounds, YYYY-MM-DD. */
  min?: string;
  max?: string;
  placeholder?: string;
  className?: string;
  disabled?: boolean;
};

/**
 * A date input that reads and shows dates the app's way ("20 Nov 2026") instead of the browser's
 * locale pattern. Type a date and press Enter or leave the field; ↑/↓ move a day, PageUp/PageDown
 * a month. Put it inside a <Field> for its label; a text it cannot read is shown as an error.
 */
export function DateField({ value, onChange, min, max, placeholder = "e.g. 20 Nov 2026", className, disabled }: DateFieldProps) {
  const field = useFieldControl();
  const errorId = useId();
  const [text, setText] = useState(formatDayValue(value));
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (seen !== value) {
    setSeen(value);
    setText(formatDayValue(value));
    setError(null);
  }

  function commit(next: string | null) {
    if (next === null) return setError("Write the date as 20 Nov 2026 or 2026-11-20.");
    if (next && min && next < min) return setError(`Choose ${formatDayValue(min)} or later.`);
    if (next && max && next > max) return setError(`Choose ${formatDayValue(max)} or earlier.`);
    setError(null);
    setText(formatDayValue(next));
    if (next !== value) onChange(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const steps: Record<string, number> = { ArrowUp: 1, ArrowDown: -1, PageUp: 30, PageDown: -30 };
    if (event.key === "Enter") {
      event.preventDefault();
      commit(parseDayInput(text));
    } else if (event.key in steps) {
      event.preventDefault();
      const current = parseDayInput(text) || value || new Date().toISOString().slice(0, 10);
      commit(shiftDay(current, steps[event.key]));
    } else if (event.key === "Escape" && error) {
      setText(formatDayValue(value));
      setError(null);
    }
  }

  const describedBy = [field["aria-describedby"], error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("grid gap-1", className)}>
      <div className="relative">
        <CalendarDays aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          {...field}
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          value={text}
          placeholder={placeholder}
          disabled={disabled}
          aria-invalid={error ? true : field["aria-invalid"]}
          aria-describedby={describedBy}
          className="pl-8"
          onChange={(event) => setText(event.target.value)}
          onBlur={() => commit(parseDayInput(text))}
          onKeyDown={onKeyDown}
        />
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
