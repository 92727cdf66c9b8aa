import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreBand } from "@/lib/signal-score/score-band";

/** The theme's colour tokens, read from the stylesheet the app ships. */
const css = readFileSync(path.join(process.cwd(), "app/globals.css"), "utf8");
const token = (name: string) => {
  const match = new RegExp(`--color-${name}:\\s*(#[0-9a-fA-F]{6});`).exec(css);
  if (!match) throw new Error(`--color-${name} is not a hex colour in globals.css`);
  return match[1]!;
};

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe("colour contrast of shared tokens (WCAG AA, 4.5:1 for small text)", () => {
  it("status badges: each tone's text on its soft background", () => {
    for (const tone of ["success", "warning", "danger", "info"]) {
      expect(contrast(token(tone), token(`${tone}-soft`)), tone).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(token("muted-foreground"), token("muted"))).toBeGreaterThanOrEqual(4.5);
  });

  it("score band colours, used as text on white", () => {
    for (const score of [90, 70, 50, 10]) expect(contrast(scoreBand(score).color, "#ffffff"), scoreBand(score).label).toBeGreaterThanOrEqual(4.5);
  });
});
