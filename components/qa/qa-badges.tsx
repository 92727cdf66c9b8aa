import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { QA_PRIORITY_LABELS, QA_STATUS_LABELS, type QaPriority, type QaStatus } from "@/lib/qa/qa-options";
import type { QaQuestionDto } from "@/lib/qa/qa-question-dto";
import { cn } from "@/lib/utils/cn";
import { type SlaTone, slaState } from "./sla-state";

const STATUS_VARIANT: Record<QaStatus, BadgeVariant> = { open: "info", in_progress: "warning", answered: "success", closed: "muted" };
const PRIORITY_VARIANT: Record<QaPriority, BadgeVariant> = { urgent: "danger", high: "warning", normal: "outline", low: "muted" };

export function QaStatusBadge({ status }: { status: QaStatus }) {
  return <Badge variant={STATUS_VARIANT[status]}>{QA_STATUS_LABELS[status]}</Badge>;
}

export function QaPriorityBadge({ priority }: { priority: QaPriority }) {
  return <Badge variant={PRIORITY_VARIANT[priority]}>{QA_PRIORITY_LABELS[priority]}</Badge>;
}

const TONE_CLASS: Record<SlaTone, string> = {
  danger: "font-medium text-danger",
  warning: "font-medium text-warning",
  success: "text-success",
  muted: "text-muted-foreground",
  default: "text-foreground",
};

/** The deadline in words, with the exact time on hover. */
export function SlaText({ question, now, className }: { question: QaQuestionDto; now: Date; className?: string }) {
  const state = slaState(question, now);
  const title = question.slaDeadline ? `Due ${new Date(question.slaDeadline).toUTCString()}` : undefined;
  return (
    <span className={cn("whitespace-nowrap", TONE_CLASS[state.tone], className)} title={title}>
      {state.text}
    </span>
  );
}
