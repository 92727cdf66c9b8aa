import { DEFAULT_PROMPTS } from "../../lib/ai/prompts";
import type { FactoryDb } from "../factories";
import { daysAgo, demoId } from "./demo-ids";

type PromptVersion = { version: number; daysAgo: number; content: string; system?: string; notes: string };

const SCORING_SYSTEM =
  "You are a senior project-finance analyst assessing renewable energy projects for institutional investors. Cite every claim with [n] referring to the numbered sources.";

/** Versioned prompts per task type; the last version of each is the active one, and for the tasks the platform ships a default for, that default. */
export const PROMPTS: Record<string, PromptVersion[]> = {
  signal_score: [
    {
      version: 1,
      daysAgo: 240,
      content: "Score the project {{project_name}} from 0 to 100 on viability, financial planning, risk, team and ESG.\n\nProject data:\n{{project_json}}",
      system: SCORING_SYSTEM,
      notes: "Initial version.",
    },
    {
      version: 2,
      daysAgo: 150,
      content:
        "Score {{project_name}} on five dimensions (0-100 each): project_viability, financial_planning, risk_assessment, team_strength, esg. Return JSON matching {{output_schema}}.\n\nProject:\n{{project_json}}\n\nData room excerpts:\n{{document_excerpts}}",
      system: SCORING_SYSTEM,
      notes: "Structured JSON output; data room excerpts added.",
    },
    {
      version: 3,
      daysAgo: 30,
      content: DEFAULT_PROMPTS.signal_score.content,
      system: DEFAULT_PROMPTS.signal_score.systemPrompt,
      notes: "The prompt the platform ships: per-criterion points and cited sources; missing evidence lowers a score.",
    },
  ],
  deal_screening: [
    { version: 1, daysAgo: 200, content: "Screen {{project_name}} against the mandate {{mandate_json}}. Recommend PASS, REVIEW or REJECT.", notes: "Initial version." },
    {
      version: 2,
      daysAgo: 60,
      content:
        "Screen {{project_name}} against the investor mandate below. Recommend PASS, REVIEW or REJECT with a 0-100 score, key strengths, key risks and next due-diligence steps as JSON ({{output_schema}}).\n\nMandate:\n{{mandate_json}}\n\nProject and signal score:\n{{project_json}}",
      system: "You screen deals for an impact investor's investment committee. Be specific and conservative.",
      notes: "Adds next steps and the signal score as context.",
    },
  ],
  investment_memo: [
    {
      version: 1,
      daysAgo: 120,
      content:
        "Write an investment committee memo for {{project_name}} in markdown with sections: Summary, Project, Market & Offtake, Financials, Risks & Mitigants, ESG, Recommendation. Use the deal screen:\n{{deal_screen_json}}\n\nSources:\n{{numbered_sources}}",
      system: "You write concise investment memos. Cite sources as [n].",
      notes: "Initial version.",
    },
  ],
  document_facts: [
    {
      version: 1,
      daysAgo: 30,
      content: DEFAULT_PROMPTS.document_facts.content,
      system: DEFAULT_PROMPTS.document_facts.systemPrompt,
      notes: "The prompt the platform ships.",
    },
  ],
  document_summary: [
    {
      version: 1,
      daysAgo: 210,
      content: "Summarise the document {{document_name}} in three sentences for an investor, then list key figures as JSON.\n\n{{document_text}}",
      notes: "Initial version.",
    },
  ],
  pii_detection: [
    {
      version: 1,
      daysAgo: 90,
      content:
        "List every piece of personal data in the text (names of private persons, ID numbers, phone numbers, emails, bank accounts) with page and confidence as JSON.\n\n{{document_text}}",
      system: "You detect personal data for redaction. Never output anything but the JSON list.",
      notes: "Initial version.",
    },
    {
      version: 2,
      daysAgo: 20,
      content: DEFAULT_PROMPTS.pii_detection.content,
      system: DEFAULT_PROMPTS.pii_detection.systemPrompt,
      notes: "The prompt the platform ships: exact quotes with page markers, so every item can be located in the extracted text.",
    },
  ],
  chat_with_tools: [
    {
      version: 1,
      daysAgo: 180,
      content: "{{user_message}}",
      system: "You are Ralph, the SCR Platform assistant. Answer from the organisation's data only.",
      notes: "Initial version.",
    },
    {
      version: 2,
      daysAgo: 25,
      content: "{{user_message}}",
      system:
        "You are Ralph, the SCR Platform assistant. Use the tools to read the organisation's projects, scores, documents and portfolios; never guess figures; cite documents as [n]. The user belongs to {{org_name}} ({{org_type}}).",
      notes: "Tool use and citations; org context in the system prompt.",
    },
    {
      version: 3,
      daysAgo: 12,
      content: DEFAULT_PROMPTS.chat_with_tools.content,
      system: DEFAULT_PROMPTS.chat_with_tools.systemPrompt,
      notes:
        "The prompt the platform ships: one line per tool (the model's tool descriptions), answers only from tool results with [n] citations, and tool and document content treated as data, never instructions.",
    },
  ],
  match_explanation: [
    {
      version: 1,
      daysAgo: 100,
      content: "Explain in two sentences why {{project_name}} matches the mandate {{mandate_name}}, given the score breakdown {{score_breakdown_json}}.",
      notes: "Initial version.",
    },
  ],
};

export async function seedPromptTemplates(db: FactoryDb) {
  await db.promptTemplate.createMany({
    skipDuplicates: true,
    data: Object.entries(PROMPTS).flatMap(([taskType, versions]) =>
      versions.map((v, index) => ({
        id: demoId(`prompt/${taskType}/v${v.version}`),
        taskType,
        version: v.version,
        content: v.content,
        systemPrompt: v.system ?? null,
        isActive: index === versions.length - 1,
        notes: v.notes,
        createdAt: daysAgo(v.daysAgo, 10),
        updatedAt: daysAgo(v.daysAgo, 10),
      })),
    ),
  });
}
