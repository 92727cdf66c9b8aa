import { describe, expect, it } from "vitest";
import { assertMayClassify, canSeeClassification, visibleClassifications } from "@/lib/dataroom/access-rules";

describe("data room classification rules", () => {
  it.each([
    ["viewer", ["PUBLIC"]],
    ["analyst", ["PUBLIC", "CONFIDENTIAL"]],
    ["manager", ["PUBLIC", "CONFIDENTIAL", "RESTRICTED"]],
    ["admin", ["PUBLIC", "CONFIDENTIAL", "RESTRICTED", "TOP_SECRET"]],
  ] as const)("%s sees %j", (role, visible) => {
    expect(visibleClassifications(role)).toEqual(visible);
  });

  it("treats an unclassified document as PUBLIC", () => {
    expect(canSeeClassification("viewer", null)).toBe(true);
    expect(canSeeClassification("viewer", "CONFIDENTIAL")).toBe(false);
    expect(canSeeClassification("manager", "TOP_SECRET")).toBe(false);
  });

  it("refuses filing a document above one's own clearance", () => {
    expect(() => assertMayClassify("analyst", "RESTRICTED")).toThrow(/cannot classify a document as RESTRICTED/);
    expect(() => assertMayClassify("manager", "RESTRICTED")).not.toThrow();
  });
});
