import { describe, expect, it } from "vitest";
import { askQuestion } from "@/lib/qa/ask-question";
import { askQuestionSchema } from "@/lib/qa/schemas";
import { type ApiErrorBody, callApi, issueApiKey, latestAudit } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: listQuestions, POST: postQuestion } = await import("@/app/api/v1/qa/questions/route");
const { POST: postAnswer } = await import("@/app/api/v1/qa/questions/[questionId]/answer/route");
const { GET: getQuestion } = await import("@/app/api/v1/qa/questions/[questionId]/route");
const { POST: postClose } = await import("@/app/api/v1/qa/questions/[questionId]/close/route");

type Page = { side: string; data: { id: string; number: number; question: string; priority: string; askerOrgName: string }[]; nextCursor: string | null };

async function setUp() {
  const ally = await createTenant({ type: "ALLY" });
  const listed = await createTenantProject(ally, { name: "Garissa Solar", isPublished: true });
  const [first, second] = [await createTenant({ type: "INVESTOR" }), await createTenant({ type: "INVESTOR" })];
  const ask = (investor: typeof first, question: string, priority = "normal") =>
    askQuestion(investor, askQuestionSchema.parse({ projectId: listed.id, question, category: "technical", priority }));
  const grid = await ask(first, "When is the grid connection expected?", "urgent");
  const land = await ask(second, "Is the land lease registered?");
  // Asked within one millisecond, the two would be ordered by id: the tests name the order.
  await db.qaQuestion.update({ where: { id: grid.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
  return { ally, listed, first, second, grid, land };
}

describe("GET /api/v1/qa/questions", () => {
  it("shows an investor its own questions only, and the developer every question on its projects, filtered as the table is", async () => {
    const { ally, listed, first, grid, land } = await setUp();
    const mine = await callApi<Page>(listQuestions, "GET", { key: await issueApiKey(first, ["qa:read"]), path: "/qa/questions" });
    expect(mine.status).toBe(200);
    expect([mine.body.side, mine.body.data.map((q) => q.id)]).toEqual(["investor", [grid.id]]);

    const allyKey = await issueApiKey(ally, ["qa:read"]);
    const all = await callApi<Page>(listQuestions, "GET", { key: allyKey, path: `/qa/questions?projectId=${listed.id}` });
    expect([all.body.side, all.body.data.map((q) => [q.number, q.id]), all.body.nextCursor]).toEqual([
      "ally",
      [
        [2, land.id],
        [1, grid.id],
      ],
      null,
    ]);
    const urgent = await callApi<Page>(listQuestions, "GET", { key: allyKey, path: "/qa/questions?priority=urgent,high" });
    expect(urgent.body.data.map((q) => q.id)).toEqual([grid.id]);
  });

  it("gives another org an empty page for a project it has nothing to do with, 400 for a wrong filter, 403 without qa:read", async () => {
    const { listed, first } = await setUp();
    const outsider = await issueApiKey(await createTenant({ type: "ALLY" }), ["qa:read"]);
    const empty = await callApi<Page>(listQuestions, "GET", { key: outsider, path: `/qa/questions?projectId=${listed.id}` });
    expect([empty.status, empty.body.data, empty.body.nextCursor]).toEqual([200, [], null]);
    const wrong = await callApi<ApiErrorBody>(listQuestions, "GET", { key: outsider, path: "/qa/questions?status=open,lost" });
    expect([wrong.status, Object.keys(wrong.body.error.details?.fieldErrors as object)]).toEqual([400, ["status"]]);
    const noScope = await callApi<ApiErrorBody>(listQuestions, "GET", { key: await issueApiKey(first, ["projects:read"]), path: "/qa/questions" });
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "qa:read" }]);
  });

  it("pages by cursor, newest first with the id breaking a tie, through the table's filters, and refuses a cursor it did not hand out", async () => {
    const { ally, listed, first, grid, land } = await setUp();
    const more = [];
    for (const text of ["Who holds the EPC contract?", "What is the P90 yield?", "Is there a PPA?"])
      more.push(await askQuestion(first, askQuestionSchema.parse({ projectId: listed.id, question: text, category: "technical", priority: "normal" })));
    // Three questions share one instant, so only the id orders them, across a page boundary.
    await db.qaQuestion.updateMany({ where: { id: { in: [land.id, ...more.slice(0, 2).map((q) => q.id)] } }, data: { createdAt: new Date("2026-01-01T00:00:00.000Z") } });
    const expected = await db.qaQuestion.findMany({ where: { projectId: listed.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    const key = await issueApiKey(ally, ["qa:read"]);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const path: string = `/qa/questions?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page: { status: number; body: Page } = await callApi<Page>(listQuestions, "GET", { key, path });
      expect(page.status).toBe(200);
      seen.push(...page.body.data.map((q) => q.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect([pages, seen]).toEqual([3, expected.map((q) => q.id)]);

    const normal = await callApi<Page>(listQuestions, "GET", { key, path: "/qa/questions?priority=normal&limit=3" });
    const rest = await callApi<Page>(listQuestions, "GET", { key, path: `/qa/questions?priority=normal&limit=3&cursor=${normal.body.nextCursor}` });
    expect([...normal.body.data, ...rest.body.data].map((q) => q.id)).toEqual(expected.map((q) => q.id).filter((id) => id !== grid.id));
    expect(rest.body.nextCursor).toBeNull();

    const bad = await callApi<ApiErrorBody>(listQuestions, "GET", { key, path: "/qa/questions?cursor=bm9wZQ" });
    expect([bad.status, bad.body.error.code, Object.keys(bad.body.error.details?.fieldErrors as object)]).toEqual([400, "VALIDATION", ["cursor"]]);
    const zero = await callApi<ApiErrorBody>(listQuestions, "GET", { key, path: "/qa/questions?limit=0" });
    expect([zero.status, Object.keys(zero.body.error.details?.fieldErrors as object)]).toEqual([400, ["limit"]]);
  });
});

describe("POST /api/v1/qa/questions", () => {
  const question = { question: "What is the expected curtailment?", category: "technical", priority: "high" };

  it("asks on a listed project as the form does: numbered, audited as the key, the key's creator as the asker", async () => {
    const { listed, first } = await setUp();
    const key = await issueApiKey(first, ["qa:write"]);
    const { status, body } = await callApi<{ data: Page["data"][number] } & ApiErrorBody>(postQuestion, "POST", {
      key,
      path: "/qa/questions",
      json: { ...question, projectId: listed.id },
    });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({ number: 3, question: question.question, priority: "high" });
    const row = await db.qaQuestion.findUniqueOrThrow({ where: { id: body.data.id } });
    expect([row.orgId, row.askedBy, row.status]).toEqual([first.org.id, first.user.id, "open"]);
    expect(await latestAudit(first.org.id, "qa.question_asked")).toMatchObject({ entityId: row.id, userId: null, actor: { kind: "api-key" } });
  });

  it("refuses an empty question by field, a draft project and an ally's key with 404, a deal room with 403, no qa:write with 403", async () => {
    const { ally, listed, first } = await setUp();
    const key = await issueApiKey(first, ["qa:write"]);
    const ask = (json: unknown, asKey = key) => callApi<ApiErrorBody>(postQuestion, "POST", { key: asKey, path: "/qa/questions", json });
    const empty = await ask({ ...question, projectId: listed.id, question: " " });
    expect([empty.status, Object.keys(empty.body.error.details?.fieldErrors as object)]).toEqual([422, ["question"]]);
    const draft = await createTenantProject(ally, { name: "Not listed" });
    expect((await ask({ ...question, projectId: draft.id })).status).toBe(404);
    expect((await ask({ ...question, projectId: listed.id }, await issueApiKey(ally, ["qa:write"]))).status).toBe(404);
    const room = await ask({ ...question, projectId: listed.id, dealRoomId: "00000000-0000-4000-8000-000000000000" });
    expect([room.status, room.body.error.code]).toEqual([403, "FORBIDDEN"]);
    const noScope = await ask({ ...question, projectId: listed.id }, await issueApiKey(first, ["qa:read"]));
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "qa:write" }]);
    expect(await db.qaQuestion.count({ where: { projectId: { in: [listed.id, draft.id] } } })).toBe(2);
  });
});

describe("POST /api/v1/qa/questions/{questionId}/answer", () => {
  it("records the team's final answer as submitFinalAnswer does, once; the asker's side is refused and another org gets 404", async () => {
    const { ally, first, grid } = await setUp();
    const answer = (key: string, content: string, questionId = grid.id) =>
      callApi<{ data: { id: string; content: string } } & ApiErrorBody>(postAnswer, "POST", {
        key,
        path: `/qa/questions/${questionId}/answer`,
        params: { questionId },
        json: { content },
      });
    const allyKey = await issueApiKey(ally, ["qa:write"]);

    const empty = await answer(allyKey, "");
    expect([empty.status, Object.keys(empty.body.error.details?.fieldErrors as object)]).toEqual([422, ["content"]]);
    const asker = await answer(await issueApiKey(first, ["qa:write"]), "Answering my own question");
    expect([asker.status, asker.body.error.code]).toEqual([403, "FORBIDDEN"]);
    const outsider = await answer(await issueApiKey(await createTenant({ type: "ALLY" }), ["qa:write"]), "Intrusion");
    expect(outsider.status).toBe(404);

    const { status, body } = await answer(allyKey, "Q3 2027, per the grid study.");
    expect(status).toBe(201);
    const row = await db.qaAnswer.findUniqueOrThrow({ where: { id: body.data.id } });
    expect([row.questionId, row.answeredBy, row.isFinal, row.content]).toEqual([grid.id, ally.user.id, true, "Q3 2027, per the grid study."]);
    expect((await db.qaQuestion.findUniqueOrThrow({ where: { id: grid.id } })).status).toBe("answered");
    expect(await latestAudit(ally.org.id, "qa.question_answered")).toMatchObject({ entityId: grid.id, userId: null, actor: { kind: "api-key" } });
    expect((await answer(allyKey, "A second final answer")).status).toBe(409);
    expect(await db.qaAnswer.count({ where: { questionId: grid.id } })).toBe(1);
  });
});

describe("GET /api/v1/qa/questions/{id} and POST .../close", () => {
  type Thread = { data: { side: string; question: { id: string; status: string }; answers: { content: string; isFinal: boolean }[] } } & ApiErrorBody;
  const call = (handler: typeof getQuestion, method: string, key: string, questionId: string, suffix = "") =>
    callApi<Thread>(handler, method, { key, path: `/qa/questions/${questionId}${suffix}`, params: { questionId } });

  it("shows each side its thread (the asker the final answer only, the team its draft too); another org and a malformed id get 404; 403 without qa:read", async () => {
    const { ally, first, second, grid } = await setUp();
    const allyKey = await issueApiKey(ally, ["qa:read", "qa:write"]);
    await db.qaAnswer.create({ data: { questionId: grid.id, content: "Draft: Q3, pending the utility.", isFinal: false, answeredBy: ally.user.id } });
    const answered = await callApi(postAnswer, "POST", {
      key: allyKey,
      path: `/qa/questions/${grid.id}/answer`,
      params: { questionId: grid.id },
      json: { content: "Expected in Q3 2027." },
    });
    expect(answered.status).toBe(201);

    const team = await call(getQuestion, "GET", allyKey, grid.id);
    expect([team.status, team.body.data.side, team.body.data.question.id]).toEqual([200, "ally", grid.id]);
    expect(team.body.data.answers.map((a) => [a.isFinal, a.content])).toEqual([
      [true, "Expected in Q3 2027."],
      [false, "Draft: Q3, pending the utility."],
    ]);
    const asker = await call(getQuestion, "GET", await issueApiKey(first, ["qa:read"]), grid.id);
    expect([asker.body.data.side, asker.body.data.answers.map((a) => a.content)]).toEqual(["investor", ["Expected in Q3 2027."]]);

    const otherInvestor = await call(getQuestion, "GET", await issueApiKey(second, ["qa:read"]), grid.id);
    expect([otherInvestor.status, otherInvestor.body.error.code]).toEqual([404, "NOT_FOUND"]);
    expect((await call(getQuestion, "GET", allyKey, "42")).status).toBe(404);
    const noScope = await call(getQuestion, "GET", await issueApiKey(first, ["projects:read"]), grid.id);
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "qa:read" }]);
  });

  it("closes from the asker's side, audited as the key, once (409 after); another org 404 and the question unchanged; 403 without qa:write", async () => {
    const { first, second, grid, land } = await setUp();
    const key = await issueApiKey(first, ["qa:write"]);
    const stranger = await call(postClose, "POST", await issueApiKey(second, ["qa:write"]), grid.id, "/close");
    expect(stranger.status).toBe(404);
    expect((await db.qaQuestion.findUniqueOrThrow({ where: { id: grid.id } })).status).toBe("open");
    const noScope = await call(postClose, "POST", await issueApiKey(first, ["qa:read"]), grid.id, "/close");
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "qa:write" }]);

    const closed = await call(postClose, "POST", key, grid.id, "/close");
    expect([closed.status, closed.body.data.question.status]).toEqual([200, "closed"]);
    expect(await latestAudit(first.org.id, "qa.question_closed")).toMatchObject({ entityId: grid.id, userId: null, actor: { kind: "api-key" } });
    expect((await call(postClose, "POST", key, grid.id, "/close")).status).toBe(409);
    expect((await db.qaQuestion.findUniqueOrThrow({ where: { id: land.id } })).status).toBe("open");
  });
});
