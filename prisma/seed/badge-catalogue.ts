import type { Prisma } from "../../lib/db/generated/client";

type BadgeDefinition = {
  slug: string;
  name: string;
  description: string;
  icon: string;
  category: string;
  criteria: Prisma.InputJsonValue;
  points: number;
  rarity: string;
};

/**
 * The platform's badges; `criteria` is what the award job evaluates against the event stream.
 * `icon` is a lucide icon name, drawn by components/badges/badge-icon.tsx.
 */
export const BADGES: BadgeDefinition[] = [
  {
    slug: "first-project",
    name: "Breaking Ground",
    description: "Created your first project.",
    icon: "sprout",
    category: "onboarding",
    criteria: { event: "project.created", count: 1 },
    points: 10,
    rarity: "common",
  },
  {
    slug: "team-assembled",
    name: "Team Assembled",
    description: "Invited three colleagues to the organisation.",
    icon: "users",
    category: "onboarding",
    criteria: { event: "user.invited", count: 3 },
    points: 20,
    rarity: "uncommon",
  },
  {
    slug: "first-upload",
    name: "Open Book",
    description: "Uploaded the first document to a data room.",
    icon: "file-text",
    category: "data_room",
    criteria: { event: "document.uploaded", count: 1 },
    points: 10,
    rarity: "common",
  },
  {
    slug: "data-room-architect",
    name: "Data Room Architect",
    description: "Five documents uploaded to one project's data room.",
    icon: "folder-tree",
    category: "data_room",
    criteria: { event: "document.uploaded", count: 5, scope: "project" },
    points: 40,
    rarity: "uncommon",
  },
  {
    slug: "version-control",
    name: "Version Control",
    description: "Kept documents current with three new versions.",
    icon: "history",
    category: "data_room",
    criteria: { event: "document.version_uploaded", count: 3, scope: "project" },
    points: 50,
    rarity: "rare",
  },
  {
    slug: "score-climber",
    name: "Score Climber",
    description: "Raised a project's signal score by ten points or more.",
    icon: "trending-up",
    category: "signal_score",
    criteria: { event: "signal_score.completed", minIncrease: 10, scope: "project" },
    points: 75,
    rarity: "rare",
  },
  {
    slug: "investment-ready",
    name: "Investment Ready",
    description: "Reached a signal score of 80.",
    icon: "trophy",
    category: "signal_score",
    criteria: { event: "signal_score.completed", minScore: 80, scope: "project" },
    points: 150,
    rarity: "epic",
  },
  {
    slug: "first-connection",
    name: "First Handshake",
    description: "A match moved to CONNECTED.",
    icon: "handshake",
    category: "matching",
    criteria: { event: "match.status_changed", status: "CONNECTED", count: 1 },
    points: 30,
    rarity: "uncommon",
  },
  {
    slug: "deal-room-host",
    name: "Deal Room Host",
    description: "Opened a deal room and an investor accepted the NDA.",
    icon: "lock-keyhole",
    category: "matching",
    criteria: { event: "deal_room.nda_accepted", count: 1 },
    points: 40,
    rarity: "uncommon",
  },
  {
    slug: "ifc-aligned",
    name: "IFC Aligned",
    description: "ESIA verified against IFC Performance Standards.",
    icon: "globe",
    category: "certification",
    criteria: { event: "certification.granted", standard: "IFC_PS" },
    points: 200,
    rarity: "epic",
  },
  {
    slug: "gold-standard",
    name: "Gold Standard Certified",
    description: "Project certified under the Gold Standard for the Global Goals.",
    icon: "medal",
    category: "certification",
    criteria: { event: "certification.granted", standard: "GOLD_STANDARD" },
    points: 500,
    rarity: "legendary",
  },
];
