import type { AssistantToolName } from "@/lib/assistant/assistant-message";

/**
 * What a tool step says to a person: "Searching the data room for “grid permit”…" while it runs,
 * then what it found ("3 passages found"). Inputs and outputs are read defensively: the panel
 * knows the tools by name, not their exact result shapes.
 */

type Input = Record<string, unknown> | undefined;

const quoted = (value: unknown) => (typeof value === "string" && value.trim() ? `“${value.trim().slice(0, 60)}”` : null);
const pick = (input: Input, ...keys: string[]) => keys.map((key) => input?.[key]).find((value) => typeof value === "string" || typeof value === "number");

const RUNNING: Record<AssistantToolName, (input: Input) => string> = {
  searchProjects: (input) =>
    quoted(pick(input, "query", "search", "text")) ? `Searching projects for ${quoted(pick(input, "query", "search", "text"))}` : "Searching projects",
  getProject: () => "Reading the project, its milestones and budget",
  searchDataRoom: (input) =>
    quoted(pick(input, "query", "search", "text")) ? `Searching the data room for ${quoted(pick(input, "query", "search", "text"))}` : "Searching the data room",
  readDocumentPage: (input) => (pick(input, "page", "pageNumber") ? `Reading page ${pick(input, "page", "pageNumber")} of a document` : "Reading a document page"),
  getSignalScore: () => "Reading the latest signal score and its evidence",
  listMatches: () => "Listing matches",
  listQuestions: () => "Listing Q&A and their SLA state",
  getPortfolio: () => "Reading portfolio metrics and covenants",
  getDealRoomActivity: () => "Reading deal-room activity",
};

const NOUNS: Partial<Record<AssistantToolName, [string, string]>> = {
  searchProjects: ["project", "projects"],
  searchDataRoom: ["passage", "passages"],
  listMatches: ["match", "matches"],
  listQuestions: ["question", "questions"],
  getDealRoomActivity: ["event", "events"],
};

const LIST_KEYS = ["documents", "passages", "projects", "matches", "questions", "events", "activity", "results", "items", "hits"];

export function isAssistantTool(name: string): name is AssistantToolName {
  return name in RUNNING;
}

export function runningLabel(name: string, input: unknown): string {
  return isAssistantTool(name) ? `${RUNNING[name](asInput(input))}…` : `Running ${name}…`;
}

/**
 * What the step found: a tool answers `{ available, data, citations }`; `available: false` is
 * "not available", a list in its data is counted, anything else is done.
 */
export function doneLabel(name: string, output: unknown): string {
  const record = asInput(output);
  if (record?.available === false) return "Not available";
  const data = record && "data" in record ? record.data : output;
  const list = Array.isArray(data) ? data : LIST_KEYS.map((key) => asInput(data)?.[key]).find(Array.isArray);
  const nouns = isAssistantTool(name) ? NOUNS[name] : undefined;
  if (list && nouns) return list.length === 0 ? `No ${nouns[1]} found` : `${list.length} ${list.length === 1 ? nouns[0] : nouns[1]} found`;
  if (list) return list.length === 0 ? "Nothing found" : `${list.length} found`;
  return "Done";
}

function asInput(value: unknown): Input {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
