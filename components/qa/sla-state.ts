import type { QaQuestionDto } from "@/lib/qa/qa-question-dto";

export type SlaTone = "danger" | "warning" | "success" | "muted" | "default";
export type SlaState = { text: string; tone: SlaTone };

const HOUR = 3_600_000;

/** "45 min", "5 h", "3 d 4 h": hours up to two days, then days, so a glance says how urgent. */
export function formatSpan(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(ms / HOUR);
  if (hours < 48) return `${hours} h`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest ? `${days} d ${rest} h` : `${days} d`;
}

/**
 * Where a question stands against its deadline, in words: "due in 5 h", "3 h overdue", "answered
 * 2 h late" (sla_breached, also when the overdue job flagged it before the answer came), "answered
 * on time". Due within a day is a warning; overdue and late are red.
 */
export function slaState(question: Pick<QaQuestionDto, "status" | "slaDeadline" | "answeredAt" | "slaBreached">, now: Date): SlaState {
  const deadline = question.slaDeadline ? new Date(question.slaDeadline) : null;
  if (question.answeredAt) {
    if (!question.slaBreached) return { text: "answered on time", tone: "success" };
    const late = deadline ? new Date(question.answeredAt).getTime() - deadline.getTime() : 0;
    return { text: late > 0 ? `answered ${formatSpan(late)} late` : "answered late", tone: "danger" };
  }
  if (question.status === "closed") return { text: "closed without an answer", tone: "muted" };
  if (!deadline) return { text: "no deadline", tone: "muted" };
  const left = deadline.getTime() - now.getTime();
  if (left < 0) return { text: `${formatSpan(-left)} overdue`, tone: "danger" };
  return { text: `due in ${formatSpan(left)}`, tone: left < 24 * HOUR ? "warning" : "default" };
}
