"use client";

import { createContext, useContext, useId, type ReactNode } from "react";
import { cn } from "@/lib/utils/cn";
import { Label } from "./label";

type FieldControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true; "aria-required"?: true };

const FieldContext = createContext<FieldControlProps | null>(null);

/** The accessibility props a control inside a <Field> should carry; empty outside one. */
export function useFieldControl(): Partial<FieldControlProps> {
  return useContext(FieldContext) ?? {};
}

export type FieldProps = {
  label: ReactNode;
  children: ReactNode;
  hint?: ReactNode;
  /** The first message is shown; the control is marked aria-invalid while there is one. */
  error?: string | string[] | null;
  required?: boolean;
  /** Defaults to a generated id; pass one when a test or a label elsewhere needs it. */
  id?: string;
  className?: string;
};

/**
 * Label + control + hint + error, wired together: the control (Input, Textarea, NativeSelect)
 * gets the label's id target, aria-describedby pointing at the hint and error, and aria-invalid.
 */
export function Field({ label, children, hint, error, required, id, className }: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [hint ? hintId : null, message ? errorId : null].filter(Boolean).join(" ") || undefined;

  return (
    <div data-slot="field" className={cn("grid gap-1.5", className)}>
      <Label htmlFor={controlId}>
        {label}
        {required ? (
          <span aria-hidden className="ml-0.5 text-danger">
            *
          </span>
        ) : null}
      </Label>
      <FieldContext.Provider
        value={{
          id: controlId,
          "aria-describedby": describedBy,
          "aria-invalid": message ? true : undefined,
          "aria-required": required ? true : undefined,
        }}
      >
        {children}
      </FieldContext.Provider>
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} className="text-xs font-medium text-danger">
          {message}
        </p>
      ) : null}
    </div>
  );
}
