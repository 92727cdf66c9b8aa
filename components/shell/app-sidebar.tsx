import Link from "next/link";
import type { AccessSubject } from "@/lib/access/check-access";
import { BrandMark } from "./brand-mark";
import { SidebarNav } from "./sidebar-nav";

/** The fixed sidebar on large screens; small screens get the same nav in <MobileNav>. */
export function AppSidebar({ access }: { access: AccessSubject }) {
  return (
    <aside className="fixed inset-y-0 left-0 z-30 hidden w-64 flex-col border-r border-sidebar-border bg-sidebar lg:flex">
      <div className="flex h-14 shrink-0 items-center px-5">
        <Link href="/dashboard" className="rounded-md focus-visible:outline-2 focus-visible:outline-brand-300">
          <BrandMark tone="dark" />
        </Link>
      </div>
      <div className="flex-1 overflow-y-auto px-3 py-4">
        <SidebarNav access={access} />
      </div>
      <p className="border-t border-sidebar-border px-5 py-3 text-[11px] leading-snug text-sidebar-muted">Capital for renewable energy and climate projects.</p>
    </aside>
  );
}
