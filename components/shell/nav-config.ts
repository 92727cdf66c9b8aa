import {
  Award,
  Briefcase,
  ChartPie,
  Flag,
  FolderKanban,
  FolderLock,
  Gauge,
  Handshake,
  Landmark,
  LayoutDashboard,
  ListChecks,
  MessagesSquare,
  ScrollText,
  Settings,
  Sparkles,
  Store,
  Users,
  type LucideIcon,
} from "lucide-react";
import { hasPermission } from "@/lib/auth/permissions";
import type { OrgType, Role } from "@/lib/auth/tenant-context";

/**
 * "soon" items are shown so people can see where the product is going, but they are not links:
 * there is no page behind them yet, and we never show a page with invented numbers.
 */
export type NavStatus = "live" | "soon";

export type NavItem = { label: string; href: string; icon: LucideIcon; status: NavStatus };
export type NavGroup = { label: string | null; items: NavItem[] };

const dashboard: NavItem = { label: "Dashboard", href: "/dashboard", icon: LayoutDashboard, status: "live" };

const WORKSPACE_ITEMS: Record<OrgType, NavItem[]> = {
  ALLY: [
    dashboard,
    { label: "Projects", href: "/projects", icon: FolderKanban, status: "live" },
    { label: "Data room", href: "/dataroom", icon: FolderLock, status: "live" },
    { label: "Matches", href: "/matches", icon: Handshake, status: "soon" },
    { label: "Q&A", href: "/qa", icon: MessagesSquare, status: "soon" },
  ],
  INVESTOR: [
    dashboard,
    { label: "Marketplace", href: "/marketplace", icon: Store, status: "soon" },
    { label: "Matches", href: "/matches", icon: Handshake, status: "soon" },
    { label: "Deals", href: "/deals", icon: Briefcase, status: "soon" },
    { label: "Portfolios", href: "/portfolios", icon: ChartPie, status: "soon" },
    { label: "Data room", href: "/dataroom", icon: FolderLock, status: "live" },
    { label: "Q&A", href: "/qa", icon: MessagesSquare, status: "soon" },
  ],
  ADMIN: [
    dashboard,
    { label: "Prompts", href: "/admin/prompts", icon: Sparkles, status: "live" },
    { label: "Feature flags", href: "/admin/feature-flags", icon: Flag, status: "soon" },
    { label: "Organisations", href: "/admin/organisations", icon: Landmark, status: "soon" },
    { label: "AI usage", href: "/admin/ai-usage", icon: Gauge, status: "live" },
    { label: "Jobs", href: "/admin/jobs", icon: ListChecks, status: "live" },
  ],
};

export function getNavGroups(orgType: OrgType, role: Role): NavGroup[] {
  const organisation: NavItem[] = [{ label: "Team", href: "/team", icon: Users, status: "live" }];
  if (orgType !== "ADMIN") organisation.push({ label: "Badges", href: "/badges", icon: Award, status: "live" });
  if (hasPermission(role, "audit.read")) {
    organisation.push({ label: "Audit log", href: "/audit", icon: ScrollText, status: "live" });
  }
  // Platform admins have the cross-organisation page in their workspace menu instead.
  if (hasPermission(role, "ai.usage.read") && orgType !== "ADMIN") {
    organisation.push({ label: "AI usage", href: "/ai-usage", icon: Gauge, status: "live" });
  }
  if (hasPermission(role, "settings.manage")) {
    organisation.push({ label: "Settings", href: "/settings", icon: Settings, status: "live" });
  }
  // Like AI usage: platform admins watch every org's jobs from their workspace menu.
  if (hasPermission(role, "jobs.manage") && orgType !== "ADMIN") {
    organisation.push({ label: "Jobs", href: "/settings/jobs", icon: ListChecks, status: "live" });
  }
  return [
    { label: null, items: WORKSPACE_ITEMS[orgType] },
    { label: "Organisation", items: organisation },
  ];
}

/** The item owning a path: exact match or a sub-page (/projects/123 belongs to /projects). */
export function isActiveHref(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The one item to mark current: the most specific owner (/settings/jobs is Jobs, not Settings). */
export function activeNavHref(pathname: string, groups: NavGroup[]): string | null {
  const owners = groups.flatMap((group) => group.items).filter((item) => item.status === "live" && isActiveHref(pathname, item.href));
  return owners.reduce<string | null>((best, item) => (best === null || item.href.length > best.length ? item.href : best), null);
}

export const ORG_TYPE_LABEL: Record<OrgType, string> = { ALLY: "Ally", INVESTOR: "Investor", ADMIN: "Platform admin" };
