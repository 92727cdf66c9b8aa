import { Award, FileText, FolderTree, Globe, Handshake, History, LockKeyhole, Medal, Sprout, TrendingUp, Trophy, Users, type LucideIcon } from "lucide-react";

/**
 * The badge catalogue stores a lucide icon name (badges.icon); this is the one place that turns it
 * into an icon. SVG icons render everywhere, unlike emoji on machines without an emoji font.
 */
const BADGE_ICONS: Record<string, LucideIcon> = {
  sprout: Sprout,
  users: Users,
  "file-text": FileText,
  "folder-tree": FolderTree,
  history: History,
  "trending-up": TrendingUp,
  trophy: Trophy,
  handshake: Handshake,
  "lock-keyhole": LockKeyhole,
  globe: Globe,
  medal: Medal,
  award: Award,
};

export function badgeIconFor(name: string | null | undefined): LucideIcon {
  return (name && BADGE_ICONS[name]) || Award;
}

export function BadgeIcon({ name, className }: { name: string | null | undefined; className?: string }) {
  const Icon = badgeIconFor(name);
  return <Icon aria-hidden className={className} />;
}
