/**
 * What a question asks for, by rules the offline assistant can apply without a model. The first
 * rule that fits wins, so the specific ones (a portfolio's IRR, covenants) come before the general
 * ones (status, find); a question that fits none is looked up in the documents.
 */
export type OfflineIntent =
  | "portfolio-metrics"
  | "covenants"
  | "open-questions"
  | "signal-score"
  | "matches"
  | "deal-rooms"
  | "compare"
  | "summarise"
  | "status"
  | "find"
  | "documents";

const RULES: readonly [OfflineIntent, RegExp][] = [
  ["covenants", /\bcovenants?\b|\bbreach(es|ed)?\b/i],
  ["portfolio-metrics", /\b(irr|moic|tvpi|dpi|rvpi|nav|net asset value|returns?|performance|paid[- ]in|distributions?|metrics)\b/i],
  ["open-questions", /\bq\s*&\s*a\b|\bquestions?\b|\bsla\b|\bunanswered\b|\bdue[- ]diligence\b/i],
  ["signal-score", /\bsignal\b|\bscore\b|\breadiness\b/i],
  ["matches", /\bmatch(es|ed)?\b|\bmandates?\b/i],
  ["deal-rooms", /\bdeal[- ]rooms?\b|\bwho (opened|viewed|downloaded)\b|\bactivity\b/i],
  ["compare", /\bcompare\b|\bversus\b|\bvs\.?\b|\bdifference between\b/i],
  ["documents", /\bdocuments?\b|\bdata ?room\b|\bfiles?\b|\breports?\b|\bwhat does .+ say\b|\bsays?\b|\bmention(s|ed)?\b/i],
  ["summarise", /\bsummar(ise|ize|y)\b|\boverview\b|\btell me about\b|\bdescribe\b/i],
  ["status", /\bstatus\b|\bprogress\b|\bmilestones?\b|\bbudget\b|\bhow is\b|\bon track\b|\bdelayed\b|\bfunding\b|\braised\b/i],
  ["find", /\b(find|list|show|which|search)\b.*\bprojects?\b|\bprojects? (in|with|that|using)\b/i],
];

export function recogniseIntent(question: string): OfflineIntent {
  for (const [intent, pattern] of RULES) if (pattern.test(question)) return intent;
  return "documents";
}

const STOPWORDS = new Set(
  (
    "a an and are as at be by can could did do does for from had has have how i in is it its me my of on or our please say says show " +
    "tell that the their them there these this those to was we were what when where which who why will with would you your about any " +
    "document documents data room dataroom file files report reports mention mentions mentioned find list search project projects " +
    "summarise summarize summary overview describe status progress give latest current"
  ).split(" "),
);

/** The words worth searching for: the question without its function words and the intent's own verbs. */
export function searchWords(question: string, without: readonly string[] = []): string {
  const drop = new Set(without.flatMap((name) => name.toLowerCase().split(/\s+/)));
  return question
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .split(/\s+/)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word.toLowerCase()) && !drop.has(word.toLowerCase()))
    .slice(0, 12)
    .join(" ");
}
