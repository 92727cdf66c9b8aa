import { CHAT_WITH_TOOLS_PROMPT } from "./chat-with-tools";
import { CONVERSATION_TITLE_PROMPT } from "./conversation-title";
import { DEAL_SCREENING_PROMPT } from "./deal-screening";
import { DOCUMENT_FACTS_PROMPT } from "./document-facts";
import { INVESTMENT_MEMO_PROMPT } from "./investment-memo";
import { PII_DETECTION_PROMPT } from "./pii-detection";
import { QA_ANSWER_DRAFT_PROMPT } from "./qa-answer-draft";
import { SIGNAL_SCORE_PROMPT } from "./signal-score";

export type DefaultPrompt = { taskType: string; content: string; systemPrompt: string };

/** The prompt each AI task starts with; the platform admin versions them from there. */
export const DEFAULT_PROMPTS: Record<string, DefaultPrompt> = {
  [SIGNAL_SCORE_PROMPT.taskType]: SIGNAL_SCORE_PROMPT,
  [DOCUMENT_FACTS_PROMPT.taskType]: DOCUMENT_FACTS_PROMPT,
  [PII_DETECTION_PROMPT.taskType]: PII_DETECTION_PROMPT,
  [QA_ANSWER_DRAFT_PROMPT.taskType]: QA_ANSWER_DRAFT_PROMPT,
  [DEAL_SCREENING_PROMPT.taskType]: DEAL_SCREENING_PROMPT,
  [INVESTMENT_MEMO_PROMPT.taskType]: INVESTMENT_MEMO_PROMPT,
  [CHAT_WITH_TOOLS_PROMPT.taskType]: CHAT_WITH_TOOLS_PROMPT,
  [CONVERSATION_TITLE_PROMPT.taskType]: CONVERSATION_TITLE_PROMPT,
};
