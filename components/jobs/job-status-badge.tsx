import { CircleAlert, CircleCheck, Clock, LoaderCircle, RotateCcw } from "lucide-react";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { JobRunDto } from "@/lib/jobs/operations/to-job-run-dto";

type Look = { label: string; variant: BadgeVariant; icon: typeof Clock; spin?: boolean };

export function jobStatusLook(run: Pick<JobRunDto, "status" | "manuallyRetried" | "retryingAfterError">): Look {
  switch (run.status) {
    case "QUEUED":
      if (run.manuallyRetried) return { label: "Retry queued", variant: "info", icon: RotateCcw };
      if (run.retryingAfterError) return { label: "Retrying", variant: "warning", icon: RotateCcw };
      return { label: "Queued", variant: "muted", icon: Clock };
    case "RUNNING":
      return { label: "Running", variant: "info", icon: LoaderCircle, spin: true };
    case "COMPLETED":
      return { label: "Completed", variant: "success", icon: CircleCheck };
    case "FAILED":
      return { label: "Failed", variant: "danger", icon: CircleAlert };
  }
}

export function JobStatusBadge({ run }: { run: Pick<JobRunDto, "status" | "manuallyRetried" | "retryingAfterError"> }) {
  const { label, variant, icon: Icon, spin } = jobStatusLook(run);
  return (
    <Badge variant={variant}>
      <Icon aria-hidden className={spin ? "animate-spin motion-reduce:animate-none" : undefined} /> {label}
    </Badge>
  );
}
