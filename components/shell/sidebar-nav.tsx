"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { AccessSubject } from "@/lib/access/check-access";
import { cn } from "@/lib/utils/cn";
import { activeNavHref, getNavGroups, type NavItem } from "./nav-config";

export type SidebarNavProps = { access: AccessSubject; onNavigate?: () => void };

export function SidebarNav({ access, onNavigate }: SidebarNavProps) {
  const pathname = usePathname();
  const groups = getNavGroups(access);
  const active = activeNavHref(pathname, groups);
  return (
    <nav aria-label="Main" className="flex flex-col gap-6">
      {groups.map((group) => (
        <div key={group.label ?? "workspace"} className="flex flex-col gap-1">
          {group.label ? <p className="px-3 pb-1 text-[11px] font-semibold tracking-wider text-sidebar-muted uppercase">{group.label}</p> : null}
          <ul className="flex flex-col gap-0.5">
            {group.items.map((item) => (
              <li key={item.href}>
                <NavEntry item={item} active={item.href === active} onNavigate={onNavigate} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

const itemClass = "flex h-9 items-center gap-3 rounded-md px-3 text-sm font-medium";

function NavEntry({ item, active, onNavigate }: { item: NavItem; active: boolean; onNavigate?: () => void }) {
  const Icon = item.icon;
  if (item.status === "soon") {
    return (
      <span aria-disabled="true" className={cn(itemClass, "cursor-default text-sidebar-muted/80")}>
        <Icon aria-hidden className="size-4 shrink-0 opacity-70" />
        <span className="flex-1 truncate">{item.label}</span>
        <span className="rounded-full border border-sidebar-border px-1.5 py-px text-[10px] font-medium tracking-wide text-sidebar-muted uppercase">Soon</span>
      </span>
    );
  }
  return (
    <Link
      href={item.href}
      aria-current={active ? "page" : undefined}
      onClick={onNavigate}
      className={cn(
        itemClass,
        "relative transition-colors focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-300",
        active
          ? "bg-sidebar-active text-white before:absolute before:inset-y-2 before:left-0 before:w-0.5 before:rounded-full before:bg-brand-300"
          : "text-sidebar-foreground hover:bg-white/5 hover:text-white",
      )}
    >
      <Icon aria-hidden className={cn("size-4 shrink-0", active ? "text-brand-300" : "opacity-80")} />
      <span className="truncate">{item.label}</span>
    </Link>
  );
}
