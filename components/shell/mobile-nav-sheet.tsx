"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { useState } from "react";
import { DialogOverlay } from "@/components/ui/dialog";
import type { AccessSubject } from "@/lib/access/check-access";
import { BrandMark } from "./brand-mark";
import { MobileNavButton } from "./mobile-nav-button";
import { SidebarNav } from "./sidebar-nav";

/** Below the lg breakpoint the sidebar lives in a modal sheet: focus is trapped, Esc closes it. Loaded after the page by MobileNav. */
export function MobileNavSheet({ access }: { access: AccessSubject }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger asChild>
        <MobileNavButton />
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogOverlay />
        <DialogPrimitive.Content className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col bg-sidebar shadow-pop data-[state=open]:animate-slide-in-left">
          <DialogPrimitive.Title className="sr-only">Navigation</DialogPrimitive.Title>
          <DialogPrimitive.Description className="sr-only">Pages of the SCR Platform</DialogPrimitive.Description>
          <div className="flex h-14 shrink-0 items-center justify-between px-5">
            <BrandMark tone="dark" />
            <DialogPrimitive.Close
              className="rounded-md p-1.5 text-sidebar-foreground hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-brand-300"
              aria-label="Close navigation menu"
            >
              <X aria-hidden className="size-5" />
            </DialogPrimitive.Close>
          </div>
          <div className="flex-1 overflow-y-auto px-3 py-4">
            <SidebarNav access={access} onNavigate={() => setOpen(false)} />
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
