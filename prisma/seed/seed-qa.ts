import type { Prisma } from "../../lib/db/generated/client";
import { DEFAULT_SLA_HOURS } from "../../lib/qa/qa-options";
import type { FactoryDb } from "../factories";
import { documentId, quoteDemoDocument } from "./dataroom-documents";
import type { DemoContext } from "./demo-context";
import { demoId } from "./demo-ids";
import { answerIdOf, HELIOS_SLA_HOURS, HELIOS_SLA_SET_AT, QA_STORY, qaQuestionId } from "./qa-story";
import { qaStoryFacts } from "./qa-story-facts";
import { type QaPeople, seedQaHistory } from "./seed-qa-history";
import { dealRoomId } from "./seed-deal-rooms";

const BALTIC = { slug: "baltic-offshore-ventures", ingrid: "ingrid@baltic-offshore.example" } as const;

async function loadPeople(db: FactoryDb, ctx: DemoContext): Promise<QaPeople> {
  const { amara, sarah, david, priya, james } = ctx.users;
  const rows = await db.user.findMany({
    where: { OR: [{ id: { in: [amara, sarah, david, priya, james] } }, { email: BALTIC.ingrid, org: { slug: BALTIC.slug } }] },
    select: { id: true, orgId: true, fullName: true, email: true },
  });
  const person = (found: (typeof rows)[number] | undefined, what: string) => {
    if (!found) throw new Error(`Demo seed: ${what} is missing; seedDemoData and seedConsoleOrgs create it first.`);
    return found;
  };
  const byId = (id: string) =>
    person(
      rows.find((u) => u.id === id),
      `user ${id}`,
    );
  return {
    amara: byId(amara),
    sarah: byId(sarah),
    david: byId(david),
    priya: byId(priya),
    james: byId(james),
    ingrid: person(
      rows.find((u) => u.email === BALTIC.ingrid),
      BALTIC.ingrid,
    ),
  };
}

/** Question numbers per project in asking order; a question already stored keeps its number, and none reuses a taken one. */
async function questionNumbers(db: FactoryDb, ctx: DemoContext): Promise<Map<string, number>> {
  const projectIds = [...new Set(QA_STORY.map((q) => ctx.projects[q.project].id))];
  const stored = await db.qaQuestion.findMany({ where: { projectId: { in: projectIds } }, select: { id: true, projectId: true, questionNumber: true } });
  const numbers = new Map<string, number>();
  for (const projectId of projectIds) {
    const taken = new Set(stored.filter((q) => q.projectId === projectId).map((q) => q.questionNumber));
    let next = 1;
    for (const q of QA_STORY.filter((s) => ctx.projects[s.project].id === projectId)) {
      const id = qaQuestionId(q.project, q.key);
      const mine = stored.find((s) => s.id === id);
      if (mine) {
        numbers.set(id, mine.questionNumber);
        continue;
      }
      while (taken.has(next)) next += 1;
      taken.add(next);
      numbers.set(id, next);
    }
  }
  return numbers;
}

/**
 * Due-diligence Q&A on Helios's listed projects: Northwind's questions on Turkana (its connected
 * match, asked in the deal room) and Baltic Offshore Ventures' on Rift Valley, before Baltic's
 * invoice went past due. Helios answers within the response times it set, except the curtailment
 * question. Rows, counters, audit entries and notifications are what the app's Q&A functions and
 * the overdue job would have written; ids derive from the story, so a re-run adds only what is missing.
 */
export async function seedQa(db: FactoryDb, ctx: DemoContext) {
  const { orgs } = ctx;
  const people = await loadPeople(db, ctx);
  await db.qaSlaPolicy.createMany({
    skipDuplicates: true,
    data: [
      {
        orgId: orgs.helios,
        urgentHours: HELIOS_SLA_HOURS.urgent,
        highHours: HELIOS_SLA_HOURS.high,
        normalHours: HELIOS_SLA_HOURS.normal,
        lowHours: HELIOS_SLA_HOURS.low,
        updatedBy: people.amara.id,
        updatedAt: HELIOS_SLA_SET_AT,
      },
    ],
  });

  const numbers = await questionNumbers(db, ctx);
  const questions: Prisma.QaQuestionCreateManyInput[] = [];
  const answers: Prisma.QaAnswerCreateManyInput[] = [];
  const citations: Prisma.CitationCreateManyInput[] = [];
  for (const q of QA_STORY) {
    const id = qaQuestionId(q.project, q.key);
    const facts = qaStoryFacts(q);
    const asker = people[q.askedBy];
    questions.push({
      id,
      orgId: asker.orgId,
      dealRoomId: q.project === "turkana" && asker.orgId === orgs.northwind ? dealRoomId("turkana") : null,
      projectId: ctx.projects[q.project].id,
      questionNumber: numbers.get(id)!,
      question: q.question,
      category: q.category,
      priority: q.priority,
      askedBy: asker.id,
      assignedTo: facts.assignment ? people[facts.assignment.to].id : null,
      assignedTeam: facts.assignment?.team ?? null,
      status: facts.status,
      slaDeadline: facts.deadline,
      answeredAt: facts.answer?.at ?? null,
      slaBreached: facts.slaBreached,
      linkedDocuments: (q.docs ?? []).map(documentId),
      tags: q.tags,
      createdAt: q.askedAt,
      updatedAt: facts.updatedAt,
    });
    let n = 0;
    for (const event of q.events) {
      if (event.kind !== "draft" && event.kind !== "answered") continue;
      const answerId = answerIdOf(q, ++n);
      answers.push({
        id: answerId,
        questionId: id,
        answeredBy: people[event.by].id,
        content: event.content,
        linkedDocuments: (event.docs ?? []).map(documentId),
        isFinal: event.kind === "answered",
        createdAt: event.at,
        updatedAt: event.at,
      });
      if (event.kind !== "draft") continue;
      for (const [index, [doc, needle]] of (event.aiCitations ?? []).entries()) {
        const { page, excerpt } = await quoteDemoDocument(doc, needle);
        const citationNumber = index + 1;
        citations.push({
          id: demoId(`citation/QaAnswer/${answerId}/${citationNumber}`),
          orgId: ctx.projects[q.project].orgId,
          aiOutputType: "QaAnswer",
          aiOutputId: answerId,
          citationNumber,
          documentId: documentId(doc),
          pageNumber: page,
          excerpt,
          createdAt: event.at,
        });
      }
    }
  }
  await db.qaQuestion.createMany({ skipDuplicates: true, data: questions });
  await db.qaAnswer.createMany({ skipDuplicates: true, data: answers });
  await db.citation.createMany({ skipDuplicates: true, data: citations });
  // The counter continues after the highest number in use; it never goes back (questions asked since keep theirs).
  for (const projectId of new Set(questions.map((q) => q.projectId))) {
    const last = Math.max(...questions.filter((q) => q.projectId === projectId).map((q) => q.questionNumber));
    await db.$executeRaw`
      INSERT INTO qa_number_counters (project_id, last_number) VALUES (${projectId}::uuid, ${last})
      ON CONFLICT (project_id) DO UPDATE SET last_number = GREATEST(qa_number_counters.last_number, EXCLUDED.last_number)`;
  }
  await seedQaHistory(db, ctx, { people, numbers, policyBefore: DEFAULT_SLA_HOURS });
}
