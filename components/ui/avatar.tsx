"use client";

import * as AvatarPrimitive from "@radix-ui/react-avatar";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";

/** "Sarah Chen" -> "SC"; one word gives its first two letters. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  if (words.length === 1) return words[0].slice(0, 2).toUpperCase();
  return (words[0][0] + words[words.length - 1][0]).toUpperCase();
}

export type AvatarProps = ComponentProps<typeof AvatarPrimitive.Root> & {
  name: string;
  src?: string | null;
  size?: "sm" | "md" | "lg";
  /** When the name is already written next to the avatar, keep screen readers from hearing it twice. */
  decorative?: boolean;
};

const sizes = { sm: "size-7 text-[11px]", md: "size-9 text-xs", lg: "size-11 text-sm" };

/** The image when it loads, the person's initials otherwise; the name is the accessible label. */
export function Avatar({ name, src, size = "md", decorative = false, className, ...props }: AvatarProps) {
  return (
    <AvatarPrimitive.Root
      data-slot="avatar"
      aria-hidden={decorative || undefined}
      className={cn("relative inline-flex shrink-0 overflow-hidden rounded-full", sizes[size], className)}
      {...props}
    >
      {src ? <AvatarPrimitive.Image src={src} alt={name} className="aspect-square size-full object-cover" /> : null}
      <AvatarPrimitive.Fallback delayMs={src ? 400 : 0} className="flex size-full items-center justify-center bg-brand-100 font-semibold text-brand-800">
        <span aria-hidden>{initialsOf(name)}</span>
        <span className="sr-only">{name}</span>
      </AvatarPrimitive.Fallback>
    </AvatarPrimitive.Root>
  );
}
