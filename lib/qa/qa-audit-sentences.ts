import { formatInstant } from "@/lib/audit/format-audit-value";
import { ent, type Piece, type SentenceFacts, sentence, text, val, who } from "@/lib/audit/sentence-parts";
import type { Json, SentencePart } from "@/lib/audit/types";
import { QA_CATEGORY_LABELS, QA_PRIORITY_LABELS, QA_STATUS_LABELS, QA_TEAM_LABELS } from "./qa-options";

/** Only the asking entry records the question's number; the others name it as "a question". */
const theQuestion = (f: SentenceFacts): Piece => (f.entity ? ent(f.entity) : "a question");
const label = (labels: Record<string, string>, value: Json | undefined) => (typeof value === "string" ? (labels[value] ?? null) : null);
const hours = (value: Json | undefined) => (typeof value === "number" ? `${value} h` : "?");

/** "Q3 about Lodwar Solar", the project named when the reader may see it (an investor: listed projects). */
function asked(f: SentenceFacts): Piece[] {
  const number = text(f.after?.questionNumber);
  const project = f.ref("project", f.after?.projectId);
  return [number ? val(`Q${number}`) : "a question", ...(project ? [" about ", ent(project)] : [])];
}

function assignee(f: SentenceFacts): Piece[] {
  const person = f.after?.assignedTo ? (f.ref("user", f.after.assignedTo) ?? "a team member") : null;
  const team = label(QA_TEAM_LABELS, f.after?.assignedTeam);
  if (person && team) return [" to ", ent(person), ` (${team} team)`];
  if (person) return [" to ", ent(person)];
  if (team) return [" to the ", val(team), " team"];
  return [];
}

/** What an AI draft found: the passages it cites, or that the documents did not hold the answer. */
function aiOutcome(f: SentenceFacts): string {
  if (f.after?.answered === false) return ": the documents did not hold the answer";
  const citations = f.after?.citations;
  return typeof citations === "number" && citations > 0 ? `, citing ${citations} ${citations === 1 ? "passage" : "passages"}` : "";
}

/** Due-diligence Q&A, as the asking investor and the answering ally read it in their audit logs. */
export const QA_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "qa.question_asked": (f) => {
    const details = [label(QA_CATEGORY_LABELS, f.after?.category), label(QA_PRIORITY_LABELS, f.after?.priority)?.toLowerCase()].filter(Boolean);
    return sentence(who(f), " asked ", ...asked(f), details.length ? ` (${details.join(", ")} priority)` : "");
  },
  "qa.question_assigned": (f) => sentence(who(f), " assigned ", theQuestion(f), ...assignee(f)),
  "qa.draft_saved": (f) => sentence(who(f), " saved a draft answer to ", theQuestion(f)),
  "qa.draft_updated": (f) => sentence(who(f), " updated a draft answer to ", theQuestion(f)),
  "qa.draft_generated": (f) => sentence(who(f), " had AI draft an answer to ", theQuestion(f), aiOutcome(f)),
  "qa.question_answered": (f) => sentence(who(f), " submitted the final answer to ", theQuestion(f), f.after?.slaBreached === true ? ", after its deadline" : ""),
  "qa.question_closed": (f) => {
    const was = label(QA_STATUS_LABELS, f.before?.status);
    return sentence(who(f), " closed ", theQuestion(f), was ? " (it was " : "", was ? val(was.toLowerCase()) : null, was ? ")" : "");
  },
  "qa.sla_breached": (f) => {
    const due = text(f.after?.slaDeadline);
    return sentence(who(f), " marked ", theQuestion(f), " overdue", due ? ": its answer was due " : "", due ? val(formatInstant(due)) : null);
  },
  "qa.sla_policy_updated": (f) =>
    sentence(
      who(f),
      " set the Q&A response times to ",
      val(`urgent ${hours(f.after?.urgentHours)}, high ${hours(f.after?.highHours)}, normal ${hours(f.after?.normalHours)}, low ${hours(f.after?.lowHours)}`),
    ),
};
