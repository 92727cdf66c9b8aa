"use client";

import { ChevronDown } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";
import { useFieldControl } from "./field";
import { controlClassName } from "./input";

/** A styled native <select>: keyboard, mobile pickers and form posts behave as browsers do. */
export function NativeSelect({ className, children, ...props }: ComponentProps<"select">) {
  const field = useFieldControl();
  return (
    <div className="relative">
      <select data-slot="native-select" className={cn(controlClassName, "h-9 cursor-pointer appearance-none py-1 pr-9", className)} {...field} {...props}>
        {children}
      </select>
      <ChevronDown aria-hidden className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground" />
    </div>
  );
}
