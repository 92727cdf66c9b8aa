import type { NotificationContent } from "@/lib/notifications/notification-content";

type QuestionFacts = { questionId: string; questionNumber: number; projectName: string };

const link = (questionId: string) => `/qa/${questionId}`;
const label = (facts: QuestionFacts) => `Q${facts.questionNumber} on ${facts.projectName}`;
const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text);

/** What each Q&A fact tells whom. No database here: the seed words them alike. `sourceKey` names the fact, so each notifies once. */
export function questionAskedContent(facts: QuestionFacts & { askerOrgName: string; question: string; deadline: Date }): NotificationContent {
  return {
    kind: "action_required",
    title: `${facts.askerOrgName} asked ${label(facts)}`,
    message: `"${excerpt(facts.question)}" Answer by ${facts.deadline.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    link: link(facts.questionId),
    sourceKey: `qa.asked:${facts.questionId}`,
  };
}

export function questionAssignedContent(facts: QuestionFacts & { assignedByName: string; assignmentKey: string }): NotificationContent {
  return {
    kind: "action_required",
    title: `${facts.assignedByName} assigned you ${label(facts)}`,
    message: `You are answering ${label(facts)}. Draft the answer and submit it before its deadline.`,
    link: link(facts.questionId),
    sourceKey: `qa.assigned:${facts.assignmentKey}`,
  };
}

export function questionAnsweredContent(facts: QuestionFacts & { allyOrgName: string; answerId: string }): NotificationContent {
  return {
    kind: "info",
    title: `${facts.allyOrgName} answered ${label(facts)}`,
    message: `The final answer to ${label(facts)} is in. Close the question when it settles the point.`,
    link: link(facts.questionId),
    sourceKey: `qa.answered:${facts.answerId}`,
  };
}

export function questionOverdueContent(facts: QuestionFacts & { deadline: Date }): NotificationContent {
  return {
    kind: "warning",
    title: `${label(facts)} is past its deadline`,
    message: `The answer was due ${facts.deadline.toISOString().slice(0, 16).replace("T", " ")} UTC. It will be marked late when submitted.`,
    link: link(facts.questionId),
    sourceKey: `qa.overdue:${facts.questionId}`,
  };
}
