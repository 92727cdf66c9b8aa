"use client";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Props = {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string[];
  hint?: string;
};

const HEX = /^#[0-9a-fA-F]{6}$/;

/** A hex text input (the value sent) beside the browser's colour picker, kept in step. */
export function ColourField({ label, name, value, onChange, error, hint }: Props) {
  return (
    <Field label={label} error={error} hint={hint ?? "Six-digit hex, e.g. #175D50."} required>
      <div className="flex items-center gap-2">
        <Input name={name} value={value} onChange={(event) => onChange(event.target.value)} maxLength={7} spellCheck={false} className="font-mono uppercase" />
        <input
          type="color"
          aria-label={`Pick the ${label.toLowerCase()}`}
          value={HEX.test(value) ? value.toLowerCase() : "#000000"}
          onChange={(event) => onChange(event.target.value)}
          className="h-9 w-11 shrink-0 cursor-pointer rounded-md border border-input bg-surface p-1 shadow-sm"
        />
      </div>
    </Field>
  );
}
