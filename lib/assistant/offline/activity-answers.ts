import { cite, dataOf, messageOf, type ToolCaller } from "./offline-types";

type QuestionsData = {
  total: number;
  questions: {
    number: number;
    project: string;
    question: string;
    priority: string;
    status: string;
    slaDeadline: string | null;
    slaBreached: boolean;
    citation: number;
  }[];
};

export async function answerOpenQuestions(call: ToolCaller, projectId: string | null, projectName: string | null): Promise<string> {
  const output = await call("listQuestions", { ...(projectId ? { projectId } : {}), status: ["open", "in_progress"] });
  const data = dataOf<QuestionsData>(output);
  if (!data) return messageOf(output);
  const where = projectName ? ` on ${projectName}` : "";
  if (data.total === 0) return `There is no open Q&A question${where}.`;
  const breached = data.questions.filter((q) => q.slaBreached).length;
  const lines = data.questions.map(
    (q) =>
      `- Q${q.number} (${q.project}, ${q.priority.toLowerCase()}): ${q.question.slice(0, 160)}${q.question.length > 160 ? "…" : ""} — ${q.slaBreached ? "past its SLA deadline" : q.slaDeadline ? `due ${q.slaDeadline.slice(0, 10)}` : "no deadline"}${cite(q.citation)}`,
  );
  const shown = data.total > data.questions.length ? ` (the ${data.questions.length} with the nearest deadlines)` : "";
  return `${data.total} open question${data.total === 1 ? "" : "s"}${where}${breached ? `, ${breached} past the SLA` : ""}${shown}:\n\n${lines.join("\n")}`;
}

type ScoreData = {
  project: string;
  score?: null;
  version?: number;
  overall?: number;
  dimensions?: { label: string; score: number }[];
  evidence?: { document: string | null; page: number | null; citation: number }[];
  citation: number;
};

export async function answerSignalScore(call: ToolCaller, projectId: string): Promise<string> {
  const output = await call("getSignalScore", { projectId });
  const data = dataOf<ScoreData>(output);
  if (!data) return messageOf(output);
  if (data.overall === undefined || !data.dimensions) return `${data.project} has no completed signal score yet${cite(data.citation)}.`;
  const sorted = [...data.dimensions].sort((a, b) => a.score - b.score);
  const evidence = (data.evidence ?? []).slice(0, 3).map((e) => `${e.document ?? "a document"}, page ${e.page ?? 1}${cite(e.citation)}`);
  return [
    `${data.project} scores ${data.overall.toFixed(1)} (version ${data.version})${cite(data.citation)}.`,
    `Weakest dimensions: ${sorted
      .slice(0, 2)
      .map((d) => `${d.label} (${d.score.toFixed(1)})`)
      .join(", ")}; strongest: ${sorted.at(-1)!.label} (${sorted.at(-1)!.score.toFixed(1)}).`,
    evidence.length ? `Evidence cited by the score: ${evidence.join("; ")}.` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

type MatchesData = { total: number; matches: { project: string; counterpart: string; overallScore: number; status: string; citation: number }[] };

export async function answerMatches(call: ToolCaller): Promise<string> {
  const output = await call("listMatches", {});
  const data = dataOf<MatchesData>(output);
  if (!data) return messageOf(output);
  if (data.total === 0) return "You have no matches yet.";
  const lines = data.matches.slice(0, 10).map((m) => `- ${m.project} with ${m.counterpart}: score ${m.overallScore}, ${m.status.toLowerCase()}${cite(m.citation)}`);
  return `${data.total} match${data.total === 1 ? "" : "es"}, latest activity first:\n\n${lines.join("\n")}`;
}

type RoomsData = {
  rooms: {
    name: string;
    status?: string;
    events?: number;
    latest?: { at: string; org: string; what: string }[];
    project?: string;
    ndaPending?: boolean;
    citation: number;
  }[];
};

export async function answerDealRooms(call: ToolCaller, projectId: string | null): Promise<string> {
  const output = await call("getDealRoomActivity", projectId ? { projectId } : {});
  const data = dataOf<RoomsData>(output);
  if (!data) return messageOf(output);
  if (data.rooms.length === 0) return "There is no deal room here yet.";
  const lines = data.rooms.map((room) => {
    if (room.latest) {
      const latest = room.latest.slice(0, 3).map((event) => `${event.at.slice(0, 10)} ${event.org} ${event.what}`);
      return `- ${room.name} (${room.status?.toLowerCase()}, ${room.events} events)${cite(room.citation)}${latest.length ? `: ${latest.join("; ")}` : ""}`;
    }
    return `- ${room.name} on ${room.project}${room.ndaPending ? ", NDA still to accept" : ""}${cite(room.citation)}`;
  });
  return lines.join("\n");
}
