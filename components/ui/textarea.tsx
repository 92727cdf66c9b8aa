"use client";

import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";
import { useFieldControl } from "./field";
import { controlClassName } from "./input";

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  const field = useFieldControl();
  return <textarea data-slot="textarea" rows={rows} className={cn(controlClassName, "min-h-20 py-2 leading-relaxed", className)} {...field} {...props} />;
}
