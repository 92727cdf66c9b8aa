"use client";

import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";
import { useFieldControl } from "./field";

export const controlClassName =
  "w-full rounded-md border border-input bg-surface px-3 text-sm text-foreground shadow-sm transition-colors placeholder:text-muted-foreground/70 focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring/40 disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-70 aria-invalid:border-danger aria-invalid:focus-visible:outline-danger/30";

/** Inside a <Field>, picks up its id, aria-describedby and aria-invalid unless given explicitly. */
export function Input({ className, ...props }: ComponentProps<"input">) {
  const field = useFieldControl();
  return <input data-slot="input" className={cn(controlClassName, "h-9 py-1", className)} {...field} {...props} />;
}
