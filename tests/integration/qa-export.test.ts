import { callRoute, signIn } from "../support/mock-request-context";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET } = await import("@/app/api/qa/export/route");
const { askQuestion } = await import("@/lib/qa/ask-question");
const { assignQuestion } = await import("@/lib/qa/assign-question");
const { submitFinalAnswer } = await import("@/lib/qa/submit-final-answer");
const { askQuestionSchema } = await import("@/lib/qa/schemas");

beforeEach(() => signIn(null));

const ALLY_HEADERS = [
  "#",
  "Project",
  "Question",
  "Category",
  "Priority",
  "Status",
  "Asked by",
  "Asker org",
  "Assignee",
  "Team",
  "Asked at (UTC)",
  "Deadline (UTC)",
  "Answered at (UTC)",
  "SLA",
  "Tags",
  "Final answer",
];

const ask = (actor: Actor, projectId: string, question: string, extra: Record<string, unknown> = {}) =>
  askQuestion(actor, askQuestionSchema.parse({ projectId, question, category: "technical", priority: "normal", ...extra }));

async function exportAs(actor: Actor, query: Record<string, string> = {}) {
  signIn(actor);
  const response = await callRoute(GET, "/api/qa/export", { query });
  if (response.status !== 200) return { response, headers: [], rows: [] as Record<string, unknown>[] };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet("Q&A")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    rows.push(Object.fromEntries(headers.map((header, i) => [header, row.getCell(i + 1).value ?? null])));
  });
  return { response, headers, rows };
}

/** An ally with a listed project, two investors asking on it, and a second ally whose questions must never appear. */
async function buildWorld() {
  const ally = await createTenant({ type: "ALLY", role: "admin" });
  const project = await createTenantProject(ally, { isPublished: true, name: `Turkana Wind ${ally.org.id.slice(0, 6)}` });
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const otherInvestor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const first = await ask(investor, project.id, "When is financial close planned?", { category: "financial", priority: "urgent", tags: "close, timing" });
  const second = await ask(investor, project.id, "Is the land lease registered?", { category: "legal" });
  const third = await ask(otherInvestor, project.id, "What is the P90 yield?");
  await assignQuestion(ally, { questionId: second.id, assigneeId: ally.user.id, team: "legal" });
  await submitFinalAnswer(ally, { questionId: first.id, content: "Financial close is planned for June 2027.", linkedDocumentIds: [] });
  const otherAlly = await createTenant({ type: "ALLY", role: "admin" });
  const otherProject = await createTenantProject(otherAlly, { isPublished: true, name: "Elsewhere Hydro" });
  await ask(investor, otherProject.id, "A question about another ally's project?");
  return { ally, project, investor, otherInvestor, otherAlly, first, second, third };
}

describe("Q&A export to Excel", () => {
  it("writes the ally's rows of the table (every column, answers, SLA), as an attachment named after the org", async () => {
    const w = await buildWorld();
    const { response, headers, rows } = await exportAs(w.ally);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toContain(`qa-${w.ally.org.slug}-${new Date().toISOString().slice(0, 10)}.xlsx`);
    expect(headers).toEqual(ALLY_HEADERS);
    expect(rows.map((r) => r["#"])).toEqual([1, 2, 3]);
    expect(rows.every((r) => r.Project === w.project.name)).toBe(true);
    expect(rows[0]).toMatchObject({
      Question: "When is financial close planned?",
      Category: "Financial",
      Priority: "Urgent",
      Status: "Answered",
      "Asker org": w.investor.org.name,
      SLA: "on time",
      Tags: "close, timing",
      "Final answer": "Financial close is planned for June 2027.",
    });
    expect(rows[0]!["Answered at (UTC)"]).toBeInstanceOf(Date);
    expect(rows[1]).toMatchObject({ Status: "In progress", Assignee: w.ally.user.fullName, Team: "Legal", SLA: "due", "Final answer": null });
    expect(rows[2]).toMatchObject({ "Asker org": w.otherInvestor.org.name, Status: "Open", Assignee: null });
    const deadline = await db.qaQuestion.findUniqueOrThrow({ where: { id: w.third.id } });
    // An Excel date is a fraction of a day: equal to the stored instant within a millisecond.
    expect(Math.abs((rows[2]!["Deadline (UTC)"] as Date).getTime() - deadline.slaDeadline!.getTime())).toBeLessThan(1);
    expect(rows.some((r) => String(r.Question).includes("another ally"))).toBe(false);
  });

  it("applies the table's filters and sort to every matching row", async () => {
    const w = await buildWorld();
    expect((await exportAs(w.ally, { status: "answered" })).rows.map((r) => r.Question)).toEqual(["When is financial close planned?"]);
    expect((await exportAs(w.ally, { q: "lease" })).rows.map((r) => r["#"])).toEqual([2]);
    expect((await exportAs(w.ally, { assignee: "unassigned" })).rows.map((r) => r["#"])).toEqual([1, 3]);
    expect((await exportAs(w.ally, { sort: "priority" })).rows.map((r) => r.Priority)).toEqual(["Urgent", "Normal", "Normal"]);
  });

  it("gives an investor only its own questions, without the ally's assignee and team columns", async () => {
    const w = await buildWorld();
    const { headers, rows } = await exportAs(w.investor);
    expect(headers).toEqual(ALLY_HEADERS.filter((h) => h !== "Assignee" && h !== "Team"));
    expect(rows.map((r) => r.Question).sort()).toEqual(["A question about another ally's project?", "Is the land lease registered?", "When is financial close planned?"]);
    expect(rows.some((r) => r.Question === "What is the P90 yield?")).toBe(false);
  });

  it("gives another org none of these questions, and nobody signed in a 401", async () => {
    const w = await buildWorld();
    const { rows } = await exportAs(w.otherAlly);
    expect(rows.map((r) => r.Question)).toEqual(["A question about another ally's project?"]);
    expect((await exportAs(w.otherAlly, { project: w.project.id })).rows).toEqual([]);
    signIn(null);
    expect((await callRoute(GET, "/api/qa/export")).status).toBe(401);
  });
});
