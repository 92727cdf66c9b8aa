import { describe, expect, it } from "vitest";
import { formatAgo, formatDuration } from "@/components/jobs/format-job-time";
import { jobStatusLook } from "@/components/jobs/job-status-badge";
import { activeNavHref, getNavGroups } from "@/components/shell/nav-config";
import { accessSubject } from "../support/access-subject";
import { jobKindLabel, toJobKindOptions } from "@/lib/jobs/operations/job-kinds";
import { toJobRunDto, type JobRunRecord } from "@/lib/jobs/operations/to-job-run-dto";

const NOW = new Date("2030-01-01T12:00:00Z");
const run = (overrides: Partial<JobRunRecord>): JobRunRecord => ({
  id: "00000000-0000-4000-8000-000000000001",
  jobId: "dataroom-analyze-redaction",
  status: "QUEUED",
  attempts: 0,
  maxAttempts: 4,
  createdAt: new Date("2030-01-01T11:00:00Z"),
  runAt: new Date("2030-01-01T11:00:00Z"),
  startedAt: null,
  finishedAt: null,
  progressDone: null,
  progressTotal: null,
  lastError: null,
  ...overrides,
});

describe("job operations display", () => {
  it("names known jobs and shows unknown ones by id, options sorted by label", () => {
    expect(jobKindLabel("rescore-signal")).toBe("Signal Score refresh");
    expect(jobKindLabel("brand-new-job")).toBe("brand-new-job");
    expect(toJobKindOptions(["score-signal", "evaluate-badges", "score-signal"])).toEqual([
      { id: "evaluate-badges", label: "Badges" },
      { id: "score-signal", label: "Signal Score" },
    ]);
  });

  it("formats durations and ages the same on server and browser", () => {
    expect([formatDuration(850), formatDuration(12_400), formatDuration(184_000), formatDuration(3_720_000)]).toEqual(["850 ms", "12 s", "3 min 4 s", "1 h 2 min"]);
    expect([formatAgo(3_200), formatAgo(300_000), formatAgo(7_200_000), formatAgo(4 * 86_400_000)]).toEqual(["3 s ago", "5 min ago", "2 h ago", "4 d ago"]);
  });

  it("tells a run retried by hand from one waiting out its backoff", () => {
    const manual = toJobRunDto(run({ finishedAt: new Date("2030-01-01T11:30:00Z"), startedAt: new Date("2030-01-01T11:29:00Z") }), { entity: null }, NOW);
    expect(manual).toMatchObject({ manuallyRetried: true, retryingAfterError: false, durationMs: null });
    expect(jobStatusLook(manual).label).toBe("Retry queued");
    const backoff = toJobRunDto(run({ attempts: 2, lastError: "Connection reset", startedAt: new Date("2030-01-01T11:59:00Z") }), { entity: null }, NOW);
    expect(backoff).toMatchObject({ manuallyRetried: false, retryingAfterError: true, lastError: "Connection reset" });
    expect(jobStatusLook(backoff).label).toBe("Retrying");
    expect(jobStatusLook(toJobRunDto(run({}), { entity: null }, NOW)).label).toBe("Queued");
  });

  it("measures running runs up to now and finished ones start to finish; progress never past its total", () => {
    const running = toJobRunDto(
      run({ status: "RUNNING", attempts: 1, startedAt: new Date("2030-01-01T11:59:30Z"), progressDone: 130, progressTotal: 120 }),
      { entity: null },
      NOW,
    );
    expect(running).toMatchObject({ durationMs: 30_000, progress: { done: 120, total: 120, unit: "pages" } });
    const failed = toJobRunDto(
      run({ status: "FAILED", attempts: 4, startedAt: new Date("2030-01-01T11:00:00Z"), finishedAt: new Date("2030-01-01T11:00:02Z"), lastError: "x".repeat(5_000) }),
      { entity: null },
      NOW,
    );
    expect(failed.durationMs).toBe(2_000);
    expect(failed.lastError).toHaveLength(2_000);
  });

  it("marks the most specific navigation item current: Jobs under Settings, not both", () => {
    const groups = getNavGroups(accessSubject("ALLY", "admin"));
    expect(activeNavHref("/settings/jobs", groups)).toBe("/settings/jobs");
    expect(activeNavHref("/settings", groups)).toBe("/settings");
    expect(activeNavHref("/projects/123/budget", groups)).toBe("/projects");
    expect(groups.flatMap((g) => g.items).some((i) => i.href === "/settings/jobs")).toBe(true);
    expect(
      getNavGroups(accessSubject("ALLY", "manager"))
        .flatMap((g) => g.items)
        .some((i) => i.label === "Jobs"),
    ).toBe(false);
    expect(
      getNavGroups(accessSubject("ADMIN", "admin"))
        .flatMap((g) => g.items)
        .filter((i) => i.label === "Jobs")
        .map((i) => i.href),
    ).toEqual(["/admin/jobs"]);
  });
});
