import { cite, dataOf, messageOf, type ToolCaller } from "./offline-types";

type ProjectData = {
  project: {
    name: string;
    status: string;
    stage: string;
    projectType: string;
    geographyCountry?: string;
    country?: string;
    capacityMw: string | null;
    totalInvestmentRequired: string;
    currency: string;
    description: string | null;
    citation: number;
  };
  funding?: { pct: string | null; raised: { amount: string } | null };
  milestones: { name: string; status: string; targetDate: string; completedDate: string | null }[] | string;
  budget: { currency: string; totals: { estimated: string; actual: string } } | string;
};

const amount = (value: string, currency: string) => `${Number(value).toLocaleString("en-US", { maximumFractionDigits: 0 })} ${currency.trim()}`;

function milestoneSentence(milestones: ProjectData["milestones"]): string {
  if (typeof milestones === "string") return `Milestones are ${milestones}.`;
  if (milestones.length === 0) return "No milestones are recorded.";
  const done = milestones.filter((m) => m.status === "COMPLETED").length;
  const delayed = milestones.filter((m) => m.status === "DELAYED");
  const next = milestones.find((m) => m.status !== "COMPLETED");
  return [
    `${done} of ${milestones.length} milestones are completed`,
    delayed.length ? `${delayed.length} delayed (${delayed.map((m) => m.name).join(", ")})` : "none delayed",
    next ? `next: ${next.name}, due ${next.targetDate}` : "",
  ]
    .filter(Boolean)
    .join("; ")
    .concat(".");
}

function facts(data: ProjectData): string {
  const p = data.project;
  const where = p.geographyCountry ?? p.country ?? "";
  const size = p.capacityMw ? `${Number(p.capacityMw)} MW ` : "";
  const funding = data.funding?.pct ? `, ${data.funding.pct}% of it raised` : "";
  return `${p.name} is a ${size}${p.projectType.toLowerCase().replace(/_/g, " ")} project${where ? ` in ${where}` : ""}, ${p.status.toLowerCase()} at the ${p.stage.toLowerCase().replace(/_/g, " ")} stage, seeking ${amount(p.totalInvestmentRequired, p.currency)}${funding}${cite(p.citation)}.`;
}

function budgetSentence(budget: ProjectData["budget"], n: number): string {
  if (typeof budget === "string") return `The budget is ${budget}.`;
  return `Budget: ${amount(budget.totals.estimated, budget.currency)} estimated, ${amount(budget.totals.actual, budget.currency)} spent so far${cite(n)}.`;
}

export async function answerProjectStatus(call: ToolCaller, projectId: string, summarise: boolean): Promise<string> {
  const output = await call("getProject", { projectId });
  const data = dataOf<ProjectData>(output);
  if (!data) return messageOf(output);
  const n = data.project.citation;
  const parts = [facts(data), `${milestoneSentence(data.milestones)}${cite(n)}`, budgetSentence(data.budget, n)];
  if (summarise && data.project.description)
    parts.push(`From its description: “${data.project.description.slice(0, 400)}${data.project.description.length > 400 ? "…" : ""}”${cite(n)}`);
  return parts.join("\n\n");
}

export async function answerCompare(call: ToolCaller, projectIds: readonly string[]): Promise<string> {
  const answers: string[] = [];
  for (const projectId of projectIds.slice(0, 3)) {
    const output = await call("getProject", { projectId });
    const data = dataOf<ProjectData>(output);
    answers.push(data ? `- ${facts(data)} ${milestoneSentence(data.milestones)}` : `- ${messageOf(output)}`);
  }
  return `Side by side:\n\n${answers.join("\n")}`;
}

type SearchData = { total: number; projects: { name: string; stage: string; projectType: string; geographyCountry?: string; country?: string; citation: number }[] };

export async function answerFind(call: ToolCaller, words: string): Promise<string> {
  const output = await call("searchProjects", { query: words });
  const data = dataOf<SearchData>(output);
  if (!data) return messageOf(output);
  if (data.projects.length === 0) return `No project you can see matches “${words}”. The sources do not contain an answer.`;
  const lines = data.projects.map(
    (p) =>
      `- ${p.name}: ${p.projectType.toLowerCase().replace(/_/g, " ")}, ${p.stage.toLowerCase().replace(/_/g, " ")}, ${p.geographyCountry ?? p.country ?? ""}${cite(p.citation)}`,
  );
  return `${data.total} project${data.total === 1 ? "" : "s"} match${data.total === 1 ? "es" : ""}${words ? ` “${words}”` : ""}${data.total > lines.length ? ` (the first ${lines.length})` : ""}:\n\n${lines.join("\n")}`;
}
