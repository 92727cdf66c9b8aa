import { describe, expect, it } from "vitest";
import { formatHours } from "@/components/qa/format-hours";
import { hasQaFilters, qaHref } from "@/components/qa/qa-href";
import { formatSpan, slaState } from "@/components/qa/sla-state";
import { getNavGroups } from "@/components/shell/nav-config";
import { listQuestionsQuerySchema } from "@/lib/qa/schemas";
import { accessSubject } from "../support/access-subject";

const NOW = new Date("2030-01-10T12:00:00Z");
const hoursFromNow = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();
const waiting = (deadlineInHours: number) => ({ status: "open" as const, slaDeadline: hoursFromNow(deadlineInHours), answeredAt: null, slaBreached: false });

describe("Q&A deadlines in words", () => {
  it("counts down, then up in red once overdue", () => {
    expect(slaState(waiting(5), NOW)).toEqual({ text: "due in 5 h", tone: "warning" });
    expect(slaState(waiting(30), NOW)).toEqual({ text: "due in 30 h", tone: "default" });
    expect(slaState(waiting(76), NOW)).toEqual({ text: "due in 3 d 4 h", tone: "default" });
    expect(slaState(waiting(-3), NOW)).toEqual({ text: "3 h overdue", tone: "danger" });
    expect(slaState(waiting(0.5), NOW).text).toBe("due in 30 min");
  });

  it("says whether the answer came in time, from sla_breached", () => {
    const deadline = hoursFromNow(-10);
    expect(slaState({ status: "answered", slaDeadline: deadline, answeredAt: hoursFromNow(-8), slaBreached: true }, NOW)).toEqual({
      text: "answered 2 h late",
      tone: "danger",
    });
    expect(slaState({ status: "answered", slaDeadline: deadline, answeredAt: hoursFromNow(-12), slaBreached: false }, NOW)).toEqual({
      text: "answered on time",
      tone: "success",
    });
    expect(slaState({ status: "closed", slaDeadline: deadline, answeredAt: null, slaBreached: true }, NOW).text).toBe("closed without an answer");
  });

  it("writes spans and response times the way people say them", () => {
    expect(formatSpan(47 * 3_600_000)).toBe("47 h");
    expect(formatSpan(48 * 3_600_000)).toBe("2 d");
    expect(formatHours(120)).toBe("5 days");
    expect(formatHours(24)).toBe("1 day");
    expect(formatHours(36)).toBe("36 hours");
  });
});

describe("Q&A table URL", () => {
  it("keeps the filters for pages and the export, and drops what the schema refuses", () => {
    const query = listQuestionsQuerySchema.parse({ status: "open", priority: ["urgent", "high"], overdue: "1", q: "grid", sort: "deadline", page: "3", category: "" });
    expect(qaHref("/qa", query, { page: 4 })).toBe("/qa?status=open&priority=urgent&priority=high&overdue=1&q=grid&sort=deadline&page=4");
    expect(qaHref("/api/qa/export", { ...query, page: undefined })).toBe("/api/qa/export?status=open&priority=urgent&priority=high&overdue=1&q=grid&sort=deadline");
    expect(hasQaFilters(query)).toBe(true);
    expect(hasQaFilters(listQuestionsQuerySchema.parse({ sort: "newest", page: "2" }))).toBe(false);
  });
});

describe("Q&A navigation", () => {
  it("links both sides to /qa, and not the platform admins", () => {
    const hrefs = (subject: ReturnType<typeof accessSubject>) =>
      getNavGroups(subject).flatMap((group) => group.items.filter((item) => item.status === "live").map((item) => item.href));
    expect(hrefs(accessSubject("INVESTOR", "analyst"))).toContain("/qa");
    expect(hrefs(accessSubject("ALLY", "viewer"))).toContain("/qa");
    expect(hrefs(accessSubject("ADMIN", "admin"))).not.toContain("/qa");
  });
});
