import { Avatar } from "@/components/ui/avatar";

const HEX = /^#[0-9a-fA-F]{6}$/;

/** White or black, whichever contrasts more with the colour (WCAG relative luminance). */
function readableOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? "#ffffff" : "#000000";
}

/** How the colours read together: a button in the primary colour and a highlight in the accent. */
export function BrandPreview({ name, logoUrl, primaryColor, accentColor }: { name: string; logoUrl: string | null; primaryColor: string; accentColor: string }) {
  const primary = HEX.test(primaryColor) ? primaryColor : "#175d50";
  const accent = HEX.test(accentColor) ? accentColor : "#2a8f78";
  return (
    <div aria-hidden className="grid gap-3 rounded-md border border-border bg-background p-4">
      <p className="text-xs font-medium tracking-wide text-muted-foreground uppercase">Preview</p>
      <div className="flex items-center gap-3 rounded-md border border-border bg-surface px-3 py-2.5 shadow-card">
        {logoUrl ? <img src={logoUrl} alt="" className="size-8 rounded-md object-contain" /> : <Avatar name={name || "?"} size="sm" decorative />}
        <span className="min-w-0 flex-1 truncate text-sm font-semibold">{name || "Organisation name"}</span>
        <span className="h-1.5 w-10 rounded-full" style={{ backgroundColor: accent }} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span className="inline-flex h-8 items-center rounded-md px-3 text-xs font-medium shadow-sm" style={{ backgroundColor: primary, color: readableOn(primary) }}>
          Primary action
        </span>
        <span className="inline-flex h-6 items-center rounded-full px-2 text-xs font-medium" style={{ backgroundColor: accent, color: readableOn(accent) }}>
          Accent
        </span>
      </div>
    </div>
  );
}
