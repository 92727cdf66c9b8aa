import { describe, expect, it } from "vitest";
import { formatDayValue, parseDayInput } from "@/components/ui/date-field";

describe("the date field's reading of typed dates", () => {
  it("reads the app's format, ISO and day-first numbers", () => {
    for (const text of ["20 Nov 2026", "20 november 2026", " 20  NOV. 2026 ", "Nov 20, 2026", "2026-11-20", "20/11/2026", "20.11.2026"]) {
      expect(parseDayInput(text), text).toBe("2026-11-20");
    }
    expect(parseDayInput("1 sept 2026")).toBe("2026-09-01");
    expect(parseDayInput("")).toBe("");
  });

  it("refuses days that do not exist and text that is not a date", () => {
    for (const text of ["31 Feb 2026", "2026-13-01", "20 no 2026", "tomorrow", "11/20/2026", "20 Nov"]) expect(parseDayInput(text), text).toBeNull();
  });

  it("shows a day the app's way", () => {
    expect(formatDayValue("2026-11-20")).toBe("20 Nov 2026");
    expect(formatDayValue("")).toBe("");
  });
});
