/** Rarity reads at a glance: a colour per tier, from plain (common) to gold (legendary). */
export const RARITY_STYLES: Record<string, { label: string; chip: string; ring: string }> = {
  common: { label: "Common", chip: "border-border bg-muted text-muted-foreground", ring: "border-border" },
  uncommon: { label: "Uncommon", chip: "border-transparent bg-success-soft text-success", ring: "border-success/40" },
  rare: { label: "Rare", chip: "border-transparent bg-info-soft text-info", ring: "border-info/40" },
  epic: { label: "Epic", chip: "border-transparent bg-violet-100 text-violet-700", ring: "border-violet-300" },
  legendary: { label: "Legendary", chip: "border-transparent bg-amber-100 text-amber-800", ring: "border-amber-400" },
};

export function rarityStyle(rarity: string) {
  return RARITY_STYLES[rarity] ?? RARITY_STYLES.common!;
}
