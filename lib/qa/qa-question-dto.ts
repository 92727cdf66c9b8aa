import type { QaCategory, QaPriority, QaStatus } from "./qa-options";

/** A question as the Q&A table and thread show it: plain values only, safe for client components. */
export type QaQuestionDto = {
  id: string;
  number: number;
  projectId: string;
  projectName: string;
  question: string;
  category: QaCategory;
  priority: QaPriority;
  status: QaStatus;
  tags: string[];
  askerName: string;
  askerOrgName: string;
  allyOrgName: string;
  assignee: { id: string; name: string } | null;
  team: string | null;
  slaDeadline: string | null;
  answeredAt: string | null;
  slaBreached: boolean;
  createdAt: string;
};

type Row = {
  id: string;
  questionNumber: number;
  projectId: string;
  question: string;
  category: string;
  priority: string;
  status: string;
  tags: string[];
  assignedTeam: string | null;
  slaDeadline: Date | null;
  answeredAt: Date | null;
  slaBreached: boolean;
  createdAt: Date;
  project: { name: string; org: { name: string } };
  org: { name: string };
  askedByUser: { fullName: string };
  assignee: { id: string; fullName: string } | null;
};

export function toQaQuestionDto(row: Row): QaQuestionDto {
  return {
    id: row.id,
    number: row.questionNumber,
    projectId: row.projectId,
    projectName: row.project.name,
    question: row.question,
    category: row.category as QaCategory,
    priority: row.priority as QaPriority,
    status: row.status as QaStatus,
    tags: row.tags,
    askerName: row.askedByUser.fullName,
    askerOrgName: row.org.name,
    allyOrgName: row.project.org.name,
    assignee: row.assignee ? { id: row.assignee.id, name: row.assignee.fullName } : null,
    team: row.assignedTeam,
    slaDeadline: row.slaDeadline?.toISOString() ?? null,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    slaBreached: row.slaBreached,
    createdAt: row.createdAt.toISOString(),
  };
}

export const qaQuestionDtoInclude = {
  project: { select: { name: true, org: { select: { name: true } } } },
  org: { select: { name: true } },
  askedByUser: { select: { fullName: true } },
  assignee: { select: { id: true, fullName: true } },
} as const;
