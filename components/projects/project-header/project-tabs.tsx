"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils/cn";

const TABS = [
  { label: "Overview", path: "" },
  { label: "Milestones", path: "/milestones" },
  { label: "Budget", path: "/budget" },
  { label: "Signal Score", path: "/signal-score" },
  { label: "Deal rooms", path: "/deal-rooms" },
  { label: "History", path: "/history" },
];

/**
 * The project's sections; the current one is marked for screen readers too (aria-current). A
 * section whose feature is off for the org (the layout says which) is not offered.
 */
export function ProjectTabs({ projectId, hidden = [] }: { projectId: string; hidden?: string[] }) {
  const pathname = usePathname();
  const base = `/projects/${projectId}`;
  return (
    <nav aria-label="Project sections" className="-mx-4 overflow-x-auto border-b border-border px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {TABS.filter((tab) => !hidden.includes(tab.path)).map((tab) => {
          const href = base + tab.path;
          const current = tab.path === "" ? pathname === base : pathname.startsWith(href);
          return (
            <li key={tab.label}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-ring",
                  current ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:border-input hover:text-foreground",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
