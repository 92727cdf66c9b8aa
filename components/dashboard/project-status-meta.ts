import { Archive, CirclePause, FilePen, Zap, type LucideIcon } from "lucide-react";
import type { StatCardProps } from "@/components/ui/stat-card";
import type { ProjectStatusName } from "@/lib/dashboard/types";

type StatusMeta = { label: string; hint: string; icon: LucideIcon; tone: NonNullable<StatCardProps["tone"]>; chartColor: string };

/** One place for how a project status looks, so cards, badges and the chart agree. */
export const PROJECT_STATUS_META: Record<ProjectStatusName, StatusMeta> = {
  DRAFT: { label: "Draft", hint: "Being prepared, not yet active", icon: FilePen, tone: "muted", chartColor: "#94a3a8" },
  ACTIVE: { label: "Active", hint: "In development or raising", icon: Zap, tone: "success", chartColor: "#2a8f78" },
  ARCHIVED: { label: "Archived", hint: "No longer seeking capital", icon: Archive, tone: "info", chartColor: "#7ea3d6" },
  SUSPENDED: { label: "Suspended", hint: "Paused: hidden from investors", icon: CirclePause, tone: "warning", chartColor: "#d98a1f" },
};
