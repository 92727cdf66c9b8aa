import { describe, expect, it } from "vitest";
import { askQuestion } from "@/lib/qa/ask-question";
import { askQuestionSchema } from "@/lib/qa/schemas";
import { type ApiErrorBody, callApi, issueApiKey } from "../support/api-v1";
import { createTenant, createTenantProject } from "../support/test-db";

const { GET: listQuestions } = await import("@/app/api/v1/qa/questions/route");

type Page = { side: string; data: { id: string; number: number; question: string; priority: string; askerOrgName: string }[]; total: number };

async function setUp() {
  const ally = await createTenant({ type: "ALLY" });
  const listed = await createTenantProject(ally, { name: "Garissa Solar", isPublished: true });
  const [first, second] = [await createTenant({ type: "INVESTOR" }), await createTenant({ type: "INVESTOR" })];
  const ask = (investor: typeof first, question: string, priority = "normal") =>
    askQuestion(investor, askQuestionSchema.parse({ projectId: listed.id, question, category: "technical", priority }));
  const grid = await ask(first, "When is the grid connection expected?", "urgent");
  const land = await ask(second, "Is the land lease registered?");
  return { ally, listed, first, second, grid, land };
}

describe("GET /api/v1/qa/questions", () => {
  it("shows an investor its own questions only, and the developer every question on its projects, filtered as the table is", async () => {
    const { ally, listed, first, grid, land } = await setUp();
    const mine = await callApi<Page>(listQuestions, "GET", { key: await issueApiKey(first, ["qa:read"]), path: "/qa/questions" });
    expect(mine.status).toBe(200);
    expect([mine.body.side, mine.body.data.map((q) => q.id)]).toEqual(["investor", [grid.id]]);

    const allyKey = await issueApiKey(ally, ["qa:read"]);
    const all = await callApi<Page>(listQuestions, "GET", { key: allyKey, path: `/qa/questions?projectId=${listed.id}&sort=number` });
    expect([all.body.side, all.body.data.map((q) => [q.number, q.id])]).toEqual([
      "ally",
      [
        [1, grid.id],
        [2, land.id],
      ],
    ]);
    const urgent = await callApi<Page>(listQuestions, "GET", { key: allyKey, path: "/qa/questions?priority=urgent,high" });
    expect(urgent.body.data.map((q) => q.id)).toEqual([grid.id]);
  });

  it("gives another org an empty page for a project it has nothing to do with, 400 for a wrong filter, 403 without qa:read", async () => {
    const { listed, first } = await setUp();
    const outsider = await issueApiKey(await createTenant({ type: "ALLY" }), ["qa:read"]);
    const empty = await callApi<Page>(listQuestions, "GET", { key: outsider, path: `/qa/questions?projectId=${listed.id}` });
    expect([empty.status, empty.body.total, empty.body.data]).toEqual([200, 0, []]);
    const wrong = await callApi<ApiErrorBody>(listQuestions, "GET", { key: outsider, path: "/qa/questions?status=open,lost" });
    expect([wrong.status, Object.keys(wrong.body.error.details?.fieldErrors as object)]).toEqual([400, ["status"]]);
    const noScope = await callApi<ApiErrorBody>(listQuestions, "GET", { key: await issueApiKey(first, ["projects:read"]), path: "/qa/questions" });
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "qa:read" }]);
  });
});
