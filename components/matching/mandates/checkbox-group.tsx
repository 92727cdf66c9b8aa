import { useId } from "react";
import { cn } from "@/lib/utils/cn";

export type CheckboxOption = { value: string; label: string };

type Props = {
  legend: string;
  name: string;
  options: CheckboxOption[];
  defaultValue: string[];
  hint?: string;
  error?: string;
  className?: string;
};

/** A labelled group of checkboxes posting one value each under one name; the hint and error are announced with the group. */
export function CheckboxGroup({ legend, name, options, defaultValue, hint, error, className }: Props) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={cn("grid gap-2", className)} aria-describedby={describedBy} data-invalid={error ? "true" : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3">
        {options.map((option) => (
          <label key={option.value} className="flex cursor-pointer items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValue.includes(option.value)} className="size-4 accent-primary" />
            {option.label}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
