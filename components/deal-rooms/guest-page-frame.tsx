import type { ReactNode } from "react";
import { BrandMark } from "@/components/shell/brand-mark";
import { cn } from "@/lib/utils/cn";

/** The frame of the pages an outside guest sees: no app shell, no sign-in, the brand and one card. */
export function GuestPageFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <main className="flex min-h-dvh flex-col items-center gap-8 bg-background px-4 py-12">
      <BrandMark />
      <div className={cn("grid w-full gap-6", wide ? "max-w-4xl" : "max-w-xl")}>{children}</div>
    </main>
  );
}
