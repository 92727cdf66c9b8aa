import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AUDIT_SENTENCES } from "@/lib/audit/audit-sentences";
import { describeAuditEntry } from "@/lib/audit/describe-audit-entry";
import { formatInstant } from "@/lib/audit/format-audit-value";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import type { AuditQuery } from "@/lib/audit/schemas";
import { sentenceText } from "@/lib/audit/sentence-parts";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import { askQuestion } from "@/lib/qa/ask-question";
import { assignQuestion } from "@/lib/qa/assign-question";
import { closeQuestion } from "@/lib/qa/close-question";
import { flagOverdueQuestions } from "@/lib/qa/flag-overdue-questions";
import { saveDraftAnswer } from "@/lib/qa/save-draft-answer";
import { askQuestionSchema, saveDraftAnswerSchema, submitFinalAnswerSchema } from "@/lib/qa/schemas";
import { submitFinalAnswer } from "@/lib/qa/submit-final-answer";
import { updateSlaPolicy } from "@/lib/qa/update-sla-policy";
import { createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const query: AuditQuery = { page: 1, pageSize: 100 };
const log = async (reader: Actor) => (await listAuditLogs(reader, query)).rows.map((row) => sentenceText(row.sentence));
/** Every sentence, and nothing else; in any order, as writes a millisecond apart may share a timestamp. */
const expectSentences = (actual: string[], expected: unknown[]) => {
  expect(actual).toEqual(expect.arrayContaining(expected));
  expect(actual).toHaveLength(expected.length);
};

async function memberOf(actor: Actor, role: "admin" | "analyst", fullName: string): Promise<Actor> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.org.id } });
  return { ...toTenantContext(await createUser(db, { orgId: org.id, role, fullName }), org), request: actor.request };
}

describe("Q&A in the audit log", () => {
  it("has a sentence for every action lib/qa audits", () => {
    const dir = path.join(import.meta.dirname, "../../lib/qa");
    const actions = readdirSync(dir)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => readFileSync(path.join(dir, file), "utf8").split("\n"))
      .filter((line) => /\baction: /.test(line))
      .flatMap((line) => [...line.matchAll(/"(qa\.[a-z_]+)"/g)].map((m) => m[1]!));
    expect(actions).toEqual(
      expect.arrayContaining([
        "qa.question_asked",
        "qa.question_assigned",
        "qa.draft_saved",
        "qa.draft_updated",
        "qa.question_answered",
        "qa.question_closed",
        "qa.sla_breached",
        "qa.sla_policy_updated",
      ]),
    );
    expect(actions.filter((code) => !(code in AUDIT_SENTENCES))).toEqual([]);
  });

  it("says what an AI draft found", () => {
    const say = (after: Record<string, unknown>) =>
      sentenceText(
        describeAuditEntry({
          action: "qa.draft_generated",
          entityType: "QaQuestion",
          actor: "Wanjiru Kamau",
          entity: null,
          before: null,
          after: after as never,
          ref: () => null,
        }),
      );
    expect(say({ answered: true, citations: 3 })).toBe("Wanjiru Kamau had AI draft an answer to a question, citing 3 passages");
    expect(say({ answered: true, citations: 1 })).toBe("Wanjiru Kamau had AI draft an answer to a question, citing 1 passage");
    expect(say({ answered: false, citations: 0 })).toBe("Wanjiru Kamau had AI draft an answer to a question: the documents did not hold the answer");
  });

  it("tells the investor's and the ally's sides in sentences", async () => {
    const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
    const ally = await createTenant({ type: "ALLY", role: "manager" });
    const analyst = await memberOf(ally, "analyst", "Wanjiru Kamau");
    const admin = await memberOf(ally, "admin", "Peter Otieno");
    const project = await createTenantProject(ally, { isPublished: true, name: `Lodwar Solar ${ally.org.id.slice(0, 6)}` });
    const ask = (priority: string, category: string) =>
      askQuestion(investor, askQuestionSchema.parse({ projectId: project.id, question: "What is the PPA tariff?", category, priority }));

    const first = await ask("urgent", "financial");
    const second = await ask("low", "esg");
    await assignQuestion(ally, { questionId: first.id, assigneeId: analyst.user.id, team: "finance" });
    await assignQuestion(ally, { questionId: second.id, assigneeId: null, team: "esg" });
    const draft = await saveDraftAnswer(analyst, saveDraftAnswerSchema.parse({ questionId: first.id, content: "About 6 US cents" }));
    await saveDraftAnswer(analyst, saveDraftAnswerSchema.parse({ questionId: first.id, answerId: draft.id, content: "6.2 US cents per kWh" }));
    await db.qaQuestion.update({ where: { id: first.id }, data: { slaDeadline: new Date(Date.now() - 60_000) } });
    await submitFinalAnswer(analyst, submitFinalAnswerSchema.parse({ questionId: first.id, content: "6.2 US cents per kWh" }));
    await closeQuestion(investor, first.id);
    const due = new Date(Date.now() - 3_600_000);
    await db.qaQuestion.update({ where: { id: second.id }, data: { slaDeadline: due } });
    await flagOverdueQuestions(new Date());
    await updateSlaPolicy(admin, { urgentHours: 6, highHours: 12, normalHours: 36, lowHours: 96 });

    const me = investor.user.fullName;
    expectSentences(await log(investor), [
      `${me} asked Q1 about ${project.name} (Financial, urgent priority)`,
      `${me} asked Q2 about ${project.name} (ESG, low priority)`,
      `${me} closed a question (it was answered)`,
    ]);
    const lead = ally.user.fullName;
    expectSentences(await log({ ...ally, role: "admin" }), [
      `${lead} assigned a question to Wanjiru Kamau (Finance team)`,
      `${lead} assigned a question to the ESG team`,
      "Wanjiru Kamau saved a draft answer to a question",
      "Wanjiru Kamau updated a draft answer to a question",
      "Wanjiru Kamau submitted the final answer to a question, after its deadline",
      `The system marked a question overdue: its answer was due ${formatInstant(due.toISOString())}`,
      "Peter Otieno set the Q&A response times to urgent 6 h, high 12 h, normal 36 h, low 96 h",
    ]);
  });
});
