import { DIMENSIONS } from "@/lib/signal-score/dimensions";
import type { FactKey } from "@/lib/signal-score/fact-rules";
import { isConditionMet, projectFactKeys } from "./evaluate-quest-condition";
import { improveDimensionTemplate, QUEST_BY_CRITERION, type QuestTemplate } from "./quest-catalogue";

const TEMPLATES_BY_TITLE = new Map<string, QuestTemplate>(
  [...Object.values(QUEST_BY_CRITERION), ...DIMENSIONS.map((d) => improveDimensionTemplate(d.key, d.label))].map((t) => [t.title, t]),
);

/** Whether a quest (identified by its catalogue title) is done; quests not from the catalogue are left to people. */
export async function evaluateQuestCondition(orgId: string, projectId: string, title: string, cache: { facts?: Promise<Set<FactKey>> } = {}): Promise<boolean> {
  const template = TEMPLATES_BY_TITLE.get(title);
  if (!template) return false;
  return isConditionMet(template.condition, { orgId, projectId, facts: () => (cache.facts ??= projectFactKeys(orgId, projectId)) });
}
