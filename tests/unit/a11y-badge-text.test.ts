import { describe, expect, it } from "vitest";
import { badgeIconFor } from "@/components/badges/badge-icon";
import { colleagueEarnedText } from "@/components/badges/badge-tile";
import { BADGES } from "@/prisma/seed/badge-catalogue";
import { Award, Trophy } from "lucide-react";

describe("colleagueEarnedText", () => {
  it("names one colleague and the project, counts several colleagues, and is null for nobody", () => {
    expect(colleagueEarnedText([])).toBeNull();
    expect(colleagueEarnedText([{ userName: "Sarah Chen", projectName: "Turkana Solar Park" }])).toBe("Earned by Sarah Chen on Turkana Solar Park");
    expect(colleagueEarnedText([{ userName: "Sarah Chen", projectName: null }])).toBe("Earned by Sarah Chen");
    expect(
      colleagueEarnedText([
        { userName: "Sarah Chen", projectName: "A" },
        { userName: "Sarah Chen", projectName: "B" },
      ]),
    ).toBe("Earned by Sarah Chen on 2 projects");
    expect(
      colleagueEarnedText([
        { userName: "Sarah Chen", projectName: "A" },
        { userName: "David Mwangi", projectName: "A" },
      ]),
    ).toBe("Earned by 2 colleagues");
  });
});

describe("badge icons", () => {
  it("every catalogue badge has a lucide icon of its own; unknown names fall back to Award", () => {
    for (const badge of BADGES) expect(badgeIconFor(badge.icon), badge.slug).not.toBe(Award);
    expect(badgeIconFor("trophy")).toBe(Trophy);
    expect(badgeIconFor("🏆")).toBe(Award);
    expect(badgeIconFor(null)).toBe(Award);
  });
});
