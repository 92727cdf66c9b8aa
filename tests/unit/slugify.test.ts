import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/utils/slugify";

describe("slugify", () => {
  it("makes URL-safe ASCII slugs", () => {
    expect(slugify("Río Blanco Mini-Hydro (Phase 2)")).toBe("rio-blanco-mini-hydro-phase-2");
    expect(slugify("  ---  ")).toBe("item");
    expect(slugify("a".repeat(200), 10)).toBe("aaaaaaaaaa");
  });
});
