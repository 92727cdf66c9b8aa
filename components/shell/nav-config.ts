import {
  Award,
  DoorOpen,
  KanbanSquare,
  KeyRound,
  Webhook,
  ChartPie,
  ClipboardList,
  ShieldAlert,
  FolderKanban,
  FolderLock,
  Gauge,
  Handshake,
  HeartPulse,
  Landmark,
  LayoutDashboard,
  ListChecks,
  MessagesSquare,
  ScrollText,
  Settings,
  Sparkles,
  Store,
  Target,
  Users,
  type LucideIcon,
} from "lucide-react";
import type { AccessRule } from "@/lib/access/access-rule";
import { type AccessSubject, hasAccess } from "@/lib/access/check-access";
import { adminAccess } from "@/lib/admin/access";
import { aiUsageAccess } from "@/lib/ai-usage/access";
import { apiKeysAccess } from "@/lib/api-keys/access";
import { webhooksAccess } from "@/lib/webhooks/access";
import { auditAccess } from "@/lib/audit/access";
import type { OrgType } from "@/lib/auth/tenant-context";
import { dataroomAccess } from "@/lib/dataroom/access";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { gamificationAccess } from "@/lib/gamification/access";
import { jobsAccess } from "@/lib/jobs/access";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { matchingAccess } from "@/lib/matching/access";
import { orgSettingsAccess } from "@/lib/org-settings/access";
import { projectsAccess } from "@/lib/projects/access";
import { promptsAccess } from "@/lib/prompts/access";
import { pipelineAccess } from "@/lib/pipeline/access";
import { qaAccess } from "@/lib/qa/access";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { covenantsAccess } from "@/lib/covenants/access";
import { projectKpisAccess } from "@/lib/project-kpis/access";
import { teamAccess } from "@/lib/team/access";

/**
 * "soon" items are shown so people can see where the product is going, but they are not links:
 * there is no page behind them yet, and we never show a page with invented numbers.
 */
export type NavStatus = "live" | "soon";

export type NavItem = { label: string; href: string; icon: LucideIcon; status: NavStatus };
export type NavGroup = { label: string | null; items: NavItem[] };

/** An item shows when its rule lets the subject read; an item without one shows to its org types' list. */
type NavEntry = NavItem & { access?: AccessRule };

const dashboard: NavEntry = { label: "Dashboard", href: "/dashboard", icon: LayoutDashboard, status: "live" };
const dataRoom: NavEntry = { label: "Data room", href: "/dataroom", icon: FolderLock, status: "live", access: dataroomAccess.read };
const matches: NavEntry = { label: "Matches", href: "/matches", icon: Handshake, status: "live", access: matchingAccess.readMatches };
const qa: NavEntry = { label: "Q&A", href: "/qa", icon: MessagesSquare, status: "live", access: qaAccess.read };

const WORKSPACE: Record<OrgType, NavEntry[]> = {
  ALLY: [
    dashboard,
    { label: "Projects", href: "/projects", icon: FolderKanban, status: "live", access: projectsAccess.read },
    dataRoom,
    matches,
    qa,
    { label: "KPI requests", href: "/kpi-requests", icon: ClipboardList, status: "live", access: projectKpisAccess.allyRead },
  ],
  INVESTOR: [
    dashboard,
    { label: "Marketplace", href: "/marketplace", icon: Store, status: "live", access: marketplaceAccess.browse },
    { label: "Mandates", href: "/mandates", icon: Target, status: "live", access: matchingAccess.readMandates },
    matches,
    { label: "Pipeline", href: "/pipeline", icon: KanbanSquare, status: "live", access: pipelineAccess.read },
    { label: "Deal rooms", href: "/deal-rooms", icon: DoorOpen, status: "live", access: dealRoomsAccess.read },
    { label: "Portfolios", href: "/portfolios", icon: ChartPie, status: "live", access: portfoliosAccess.read },
    { label: "Covenants", href: "/portfolios/covenants", icon: ShieldAlert, status: "live", access: covenantsAccess.read },
    dataRoom,
    qa,
  ],
  ADMIN: [
    dashboard,
    { label: "Console", href: "/admin", icon: HeartPulse, status: "live", access: adminAccess.console },
    { label: "Organisations", href: "/admin/organisations", icon: Landmark, status: "live", access: adminAccess.console },
    { label: "Platform audit", href: "/admin/audit", icon: ScrollText, status: "live", access: adminAccess.console },
    { label: "Prompts", href: "/admin/prompts", icon: Sparkles, status: "live", access: promptsAccess.read },
    { label: "AI usage", href: "/admin/ai-usage", icon: Gauge, status: "live", access: aiUsageAccess.platform },
    { label: "Jobs", href: "/admin/jobs", icon: ListChecks, status: "live", access: jobsAccess.platform },
  ],
};

const ORGANISATION: NavEntry[] = [
  { label: "Team", href: "/team", icon: Users, status: "live", access: teamAccess.read },
  { label: "Badges", href: "/badges", icon: Award, status: "live", access: gamificationAccess.read },
  { label: "Audit log", href: "/audit", icon: ScrollText, status: "live", access: auditAccess.read },
  { label: "AI usage", href: "/ai-usage", icon: Gauge, status: "live", access: aiUsageAccess.org },
  { label: "Settings", href: "/settings", icon: Settings, status: "live", access: orgSettingsAccess.read },
  { label: "Jobs", href: "/settings/jobs", icon: ListChecks, status: "live", access: jobsAccess.org },
  { label: "API keys", href: "/settings/api-keys", icon: KeyRound, status: "live", access: apiKeysAccess.read },
  { label: "Webhooks", href: "/settings/webhooks", icon: Webhook, status: "live", access: webhooksAccess.read },
];

function visible(subject: AccessSubject, entries: NavEntry[]): NavItem[] {
  return entries
    .filter((entry) => !entry.access || hasAccess(subject, { ...entry.access, writes: false }))
    .map(({ label, href, icon, status }) => ({ label, href, icon, status }));
}

/** The navigation reads the same access rules as the pages it links to: what it shows, opens. */
export function getNavGroups(subject: AccessSubject): NavGroup[] {
  return [
    { label: null, items: visible(subject, WORKSPACE[subject.org.type]) },
    { label: "Organisation", items: visible(subject, ORGANISATION) },
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
