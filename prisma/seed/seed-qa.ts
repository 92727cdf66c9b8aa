import type { FactoryDb } from "../factories";
import { documentId } from "./dataroom-documents";
import type { DemoContext } from "./demo-context";
import { dealRoomId } from "./seed-deal-rooms";
import { demoId } from "./demo-ids";

const SLA_HOURS = { urgent: 24, high: 48, normal: 120, low: 240 } as const;
const HOUR_MS = 3_600_000;

type Answer = { by: "amara" | "sarah" | "david"; at: string; content: string; final: boolean; docs?: string[] };
type Question = {
  key: string;
  askedAt: string;
  by: "james" | "priya";
  category: string;
  priority: keyof typeof SLA_HOURS;
  team: string;
  assignee: "amara" | "sarah" | "david";
  status: "open" | "in_progress" | "answered" | "closed";
  question: string;
  docs: string[];
  tags: string[];
  answers: Answer[];
};

// In the order they were asked: question numbers follow it.
const QUESTIONS: Question[] = [
  {
    key: "epra-approval",
    askedAt: "2026-10-20T09:00:00Z",
    by: "james",
    category: "commercial",
    priority: "high",
    team: "commercial",
    assignee: "amara",
    status: "closed",
    question: "Has EPRA approved the PPA tariff of USD 0.0745/kWh, or is approval still a condition precedent?",
    docs: ["ppa-term-sheet-v1"],
    tags: ["ppa", "tariff"],
    answers: [
      {
        by: "amara",
        at: "2026-10-21T14:10:00Z",
        final: true,
        docs: ["ppa-term-sheet-v2"],
        content:
          "EPRA approval is still a condition precedent (term sheet section 9). EPRA's technical review was completed on 15 October; the board decision is scheduled for January 2027. The revised term sheet is uploaded.",
      },
    ],
  },
  {
    key: "debt-sizing",
    askedAt: "2026-11-14T10:00:00Z",
    by: "priya",
    category: "financial",
    priority: "high",
    team: "finance",
    assignee: "sarah",
    status: "answered",
    question: "Please set out the debt sizing assumptions behind the base case: target DSCR, tenor, sculpting and the P-value used.",
    docs: ["financial-model-v3"],
    tags: ["debt", "model"],
    answers: [
      {
        by: "sarah",
        at: "2026-11-15T16:20:00Z",
        final: true,
        docs: ["financial-model-v3"],
        content:
          "Debt is sculpted to a 1.30x DSCR on P90 (1-year) energy over a 15-year tenor at 6-month SOFR + 4.25%, giving 70% gearing. The lender case on P50 gives a 1.32x minimum and 1.45x average DSCR (Summary and Debt sheets).",
      },
    ],
  },
  {
    key: "curtailment",
    askedAt: "2026-11-14T10:05:00Z",
    by: "priya",
    category: "technical",
    priority: "urgent",
    team: "technical",
    assignee: "david",
    status: "answered",
    question: "What curtailment is assumed in the P50 yield, and what happens to it if the Lodwar-Kainuk line reinforcement slips beyond 2027?",
    docs: ["energy-yield", "grid-connection"],
    tags: ["curtailment", "grid", "yield"],
    answers: [
      { by: "david", at: "2026-11-16T09:00:00Z", final: false, content: "Draft: 1.5% is assumed. Waiting for KETRACO's written confirmation of the reinforcement date." },
      {
        by: "david",
        at: "2026-11-17T11:30:00Z",
        final: true,
        docs: ["energy-yield", "grid-connection"],
        content:
          "The P50 assumes 1.5% curtailment. KETRACO has confirmed the Lodwar-Kainuk reinforcement for Q3 2027. If it slips, the yield study estimates 4-6% dry-season curtailment; curtailment above 2% is compensated as deemed energy under the PPA, so the revenue impact is limited to about 0.6% a year.",
      },
    ],
  },
  {
    key: "lease-assignment",
    askedAt: "2026-11-20T08:30:00Z",
    by: "priya",
    category: "legal",
    priority: "normal",
    team: "legal",
    assignee: "amara",
    status: "in_progress",
    question: "Is the land lease registered at the Lodwar land registry, and can it be charged to the lenders without county consent?",
    docs: ["land-lease"],
    tags: ["land", "security"],
    answers: [
      {
        by: "amara",
        at: "2026-11-23T15:45:00Z",
        final: false,
        content: "Draft: clause 14.2 allows assignment and charging to lenders without consent. Registration certificate requested from our counsel.",
      },
    ],
  },
  {
    key: "livelihood-plan",
    askedAt: "2026-11-21T13:00:00Z",
    by: "james",
    category: "esg",
    priority: "normal",
    team: "esg",
    assignee: "sarah",
    status: "open",
    question: "Please summarise the livelihood restoration plan for the 62 pastoralist households, including its budget and monitoring.",
    docs: ["esia"],
    tags: ["esg", "ifc-ps5"],
    answers: [],
  },
];

/** Northwind's due-diligence questions on Turkana with SLA deadlines by priority; the curtailment answer missed its SLA. */
export async function seedQa(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users, projects } = ctx;
  const ids = QUESTIONS.map((q) => demoId(`turkana/qa/${q.key}`));
  // Question numbers are unique per project: numbers people already used stay theirs.
  const existing = await db.qaQuestion.findMany({ where: { projectId: projects.turkana.id }, select: { id: true, questionNumber: true } });
  const taken = new Set(existing.map((q) => q.questionNumber));
  let next = 1;
  const numbers = ids.map((id) => {
    const mine = existing.find((q) => q.id === id);
    if (mine) return mine.questionNumber;
    while (taken.has(next)) next += 1;
    taken.add(next);
    return next;
  });

  await db.qaQuestion.createMany({
    skipDuplicates: true,
    data: QUESTIONS.map((q, index) => {
      const askedAt = new Date(q.askedAt);
      const slaDeadline = new Date(askedAt.getTime() + SLA_HOURS[q.priority] * HOUR_MS);
      const final = q.answers.find((a) => a.final);
      const answeredAt = final ? new Date(final.at) : null;
      return {
        id: ids[index],
        orgId: orgs.northwind,
        dealRoomId: dealRoomId("turkana"),
        projectId: projects.turkana.id,
        questionNumber: numbers[index],
        question: q.question,
        category: q.category,
        priority: q.priority,
        askedBy: users[q.by],
        assignedTo: users[q.assignee],
        assignedTeam: q.team,
        status: q.status,
        slaDeadline,
        answeredAt,
        slaBreached: answeredAt !== null && answeredAt > slaDeadline,
        linkedDocuments: q.docs.map(documentId),
        tags: q.tags,
        createdAt: askedAt,
        updatedAt: answeredAt ?? askedAt,
      };
    }),
  });
  await db.qaAnswer.createMany({
    skipDuplicates: true,
    data: QUESTIONS.flatMap((q, index) =>
      q.answers.map((a, n) => ({
        id: demoId(`turkana/qa/${q.key}/answer/${n + 1}`),
        questionId: ids[index],
        answeredBy: users[a.by],
        content: a.content,
        linkedDocuments: (a.docs ?? []).map(documentId),
        isFinal: a.final,
        createdAt: new Date(a.at),
        updatedAt: new Date(a.at),
      })),
    ),
  });
}
