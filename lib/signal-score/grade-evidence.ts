import { FACT_KEYS, FACT_RULES, type FactKey, type FactRule } from "./fact-rules";
import { isHeading, isQuestion, isSubstantive, isTodo, neutralise, readClause, splitClauses } from "./read-statement";

/** Full evidence earns a criterion's points; partial evidence half of them. */
export type EvidenceGrade = "full" | "partial";

function otherFacts(key: FactKey, rule: FactRule): RegExp {
  const others = FACT_KEYS.filter((k) => k !== key && !rule.related?.includes(k));
  return new RegExp(others.map((k) => FACT_RULES[k].pattern.source).join("|"), "i");
}
const OTHER_FACTS = Object.fromEntries(FACT_KEYS.map((key) => [key, otherFacts(key, FACT_RULES[key])])) as Record<FactKey, RegExp>;

const isStated = (clause: string, rule?: FactRule) => readClause(clause, rule?.allowsIntent) === "stated";

/**
 * A line under a heading that names the fact ("Grid Connection Agreement", then "Executed on
 * 28 May 2026 between KETRACO and ..."): only a stated strength makes it evidence, and full.
 */
function gradeUnderHeading(key: FactKey, rule: FactRule, clauses: string[], headings: string[]): EvidenceGrade | null {
  const named = headings.some((h) => rule.pattern.test(h) && isStated(h) && !rule.weak?.test(h));
  if (!named || !rule.strong) return null;
  const own = clauses.filter((c) => !OTHER_FACTS[key].test(c));
  if (own.some((c) => rule.strong!.test(c) && !isStated(c)) || own.some((c) => rule.weak?.test(c))) return null;
  return own.some((c) => rule.strong!.test(c) && isStated(c)) ? "full" : null;
}

/**
 * How strongly a line evidences a fact, or null when it does not: it must be about the fact and
 * state it (not deny, plan, ask or list it as a task, not a bare heading or table label).
 * Strength is read in the clauses about the fact and in clauses about no other fact
 * ("— signed 3 March 2026"); a denied strength ("not yet signed") takes the evidence away.
 * `headings` are the headings the line sits under, for lines that do not name their subject.
 */
export function gradeEvidence(key: FactKey, line: string, headings: string[] = []): EvidenceGrade | null {
  const rule: FactRule = FACT_RULES[key];
  const text = neutralise(line);
  const named = rule.pattern.test(text);
  if (!named && !(headings.length && rule.strong?.test(text))) return null;
  if ((!rule.allowsShortLine && isHeading(text)) || isQuestion(text) || isTodo(text)) return null;
  const clauses = splitClauses(text);
  if (!named) return gradeUnderHeading(key, rule, clauses, headings.map(neutralise));
  if (rule.requires && !rule.requires(text)) return null;

  const about = clauses.filter((c) => rule.pattern.test(c));
  // A pattern spanning clauses ("Grace Wanjiru, CEO") is read as one clause.
  const stated = (about.length ? about : [text]).filter((c) => isStated(c, rule));
  if (stated.length === 0) return null;
  const neutral = clauses.filter((c) => !rule.pattern.test(c) && !OTHER_FACTS[key].test(c));
  if (rule.strong && neutral.some((c) => rule.strong!.test(c) && !isStated(c))) return null;

  const evidence = [...stated, ...neutral.filter((c) => isStated(c))];
  const joined = evidence.join(" ; ");
  // Under "Broker Indication" or "Indicative Term Sheet", even "cover: USD 36.5m" is an indication.
  const weakHeading = headings.some((h) => rule.pattern.test(h) && rule.weak?.test(h));
  if (rule.weak?.test(joined) || (weakHeading && evidence.some(isSubstantive))) return "partial";
  if (rule.strong?.test(joined)) return "full";
  if (!evidence.some(isSubstantive)) return null;
  return rule.strong ? "partial" : "full";
}
