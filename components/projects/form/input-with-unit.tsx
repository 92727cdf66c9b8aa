"use client";

import type { ComponentProps } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";

/** A text input with its unit written inside, on the right ("MW", "%"), announced with the value. */
export function InputWithUnit({ unit, className, ...props }: ComponentProps<typeof Input> & { unit?: string }) {
  if (!unit) return <Input className={className} {...props} />;
  return (
    <div className="relative">
      <Input className={cn("pr-16", className)} {...props} />
      <span aria-hidden className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-xs font-medium text-muted-foreground">
        {unit}
      </span>
    </div>
  );
}
