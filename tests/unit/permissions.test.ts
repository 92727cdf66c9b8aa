import { describe, expect, it } from "vitest";
import { assertOrgType, assertPermission, hasPermission } from "@/lib/auth/permissions";

describe("permissions", () => {
  it("orders roles viewer < analyst < manager < admin", () => {
    expect(hasPermission("viewer", "projects.read")).toBe(true);
    expect(hasPermission("viewer", "projects.write")).toBe(false);
    expect(hasPermission("analyst", "projects.write")).toBe(true);
    expect(hasPermission("analyst", "projects.publish")).toBe(false);
    expect(hasPermission("manager", "projects.publish")).toBe(true);
    expect(hasPermission("manager", "team.manage")).toBe(false);
    expect(hasPermission("admin", "team.manage")).toBe(true);
  });

  it("refuses with a FORBIDDEN AppError naming the role needed", () => {
    expect(() => assertPermission("viewer", "projects.write")).toThrowError(/needs analyst or above/);
  });

  it("answers another org type's feature as not found", () => {
    expect(() => assertOrgType("INVESTOR", ["ALLY"])).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => assertOrgType("ALLY", ["ALLY"])).not.toThrow();
  });
});
