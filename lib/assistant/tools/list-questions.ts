import { z } from "zod";
import { qaAccess } from "@/lib/qa/access";
import { listQuestions } from "@/lib/qa/list-questions";
import { listQuestionsQuerySchema } from "@/lib/qa/schemas";
import { QA_STATUSES } from "@/lib/qa/qa-options";
import { defineTool } from "./tool-definition";

const inputSchema = z.object({
  projectId: z.uuid().optional().describe("Only this project's questions."),
  status: z.array(z.enum(QA_STATUSES)).optional().describe("Only these statuses (open and in_progress are the unanswered ones)."),
  overdue: z.boolean().optional().describe("Only questions past their SLA deadline."),
});

/** The Q&A page's table from the user's side (an investor its own questions, an ally those on its projects), with each question's SLA state. */
export const listQuestionsTool = defineTool({
  name: "listQuestions",
  description: "List due-diligence Q&A questions with their status, priority, SLA deadline and whether the SLA is breached.",
  inputSchema,
  rules: [qaAccess.read],
  async run({ actor, cite }, { projectId, status, overdue }) {
    const query = listQuestionsQuerySchema.parse({ project: projectId, status: status?.join(","), overdue: overdue ? "1" : undefined, sort: "deadline" });
    const page = await listQuestions(actor, query);
    const rows = page.rows.slice(0, 15);
    const citations = rows.map((q) => cite({ kind: "question", title: `Q${q.number} · ${q.projectName}`, href: `/qa/${q.id}`, snippet: q.question.slice(0, 300) }));
    const questions = rows.map((q, i) => ({
      number: q.number,
      project: q.projectName,
      question: q.question.slice(0, 500),
      category: q.category,
      priority: q.priority,
      status: q.status,
      slaDeadline: q.slaDeadline,
      slaBreached: q.slaBreached,
      answeredAt: q.answeredAt,
      citation: citations[i]!.n,
    }));
    return { available: true, data: { total: page.total, shown: questions.length, questions }, citations };
  },
});
