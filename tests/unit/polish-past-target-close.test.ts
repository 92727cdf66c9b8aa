import { describe, expect, it } from "vitest";
import { pastTargetClose } from "@/lib/projects/past-target-close";

const now = new Date("2026-12-06T04:00:00Z");
const raising = { targetCloseDate: "2026-12-05", status: "ACTIVE", stage: "DEVELOPMENT" };

describe("pastTargetClose", () => {
  it("flags a raising project whose target close date is before today (UTC), with the date", () => {
    expect(pastTargetClose(raising, now)).toBe("2026-12-05");
    expect(pastTargetClose({ ...raising, status: "DRAFT", stage: "CONSTRUCTION" }, now)).toBe("2026-12-05");
    expect(pastTargetClose({ ...raising, status: "SUSPENDED" }, now)).toBe("2026-12-05");
  });

  it("does not flag today, a future date or no date", () => {
    expect(pastTargetClose({ ...raising, targetCloseDate: "2026-12-06" }, now)).toBeNull();
    expect(pastTargetClose({ ...raising, targetCloseDate: "2027-06-30" }, now)).toBeNull();
    expect(pastTargetClose({ ...raising, targetCloseDate: null }, now)).toBeNull();
  });

  it("does not flag an operational or archived project", () => {
    expect(pastTargetClose({ ...raising, stage: "OPERATIONAL" }, now)).toBeNull();
    expect(pastTargetClose({ ...raising, status: "ARCHIVED" }, now)).toBeNull();
  });

  it("reads the day in UTC: just after midnight UTC the previous day is already past", () => {
    expect(pastTargetClose(raising, new Date("2026-12-05T23:59:59Z"))).toBeNull();
    expect(pastTargetClose(raising, new Date("2026-12-06T00:00:01Z"))).toBe("2026-12-05");
  });
});
