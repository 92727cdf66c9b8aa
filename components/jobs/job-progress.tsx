import type { JobRunDto } from "@/lib/jobs/operations/to-job-run-dto";

/** "37 / 120 pages" as a bar and as text; the text is the bar's accessible value. */
export function JobProgress({ progress }: { progress: NonNullable<JobRunDto["progress"]> }) {
  const text = `${progress.done.toLocaleString("en")} / ${progress.total.toLocaleString("en")}${progress.unit ? ` ${progress.unit}` : ""}`;
  const pct = Math.round((progress.done / progress.total) * 100);
  return (
    <div className="grid min-w-32 gap-1">
      <div
        role="progressbar"
        aria-label="Progress"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={text}
        className="h-1.5 overflow-hidden rounded-full bg-muted"
      >
        <div className="h-full rounded-full bg-brand-500 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <span className="text-xs text-muted-foreground tabular-nums">{text}</span>
    </div>
  );
}
