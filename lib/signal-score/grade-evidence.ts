import { FACT_KEYS, FACT_RULES, type FactKey, type FactRule } from "./fact-rules";
import { isHeading, isQuestion, isTodo, neutralise, readClause, splitClauses } from "./read-statement";

/** Full evidence earns a criterion's points; partial evidence half of them. */
export type EvidenceGrade = "full" | "partial";

function otherFacts(key: FactKey, rule: FactRule): RegExp {
  const others = FACT_KEYS.filter((k) => k !== key && !rule.related?.includes(k));
  return new RegExp(others.map((k) => FACT_RULES[k].pattern.source).join("|"), "i");
}
const OTHER_FACTS = Object.fromEntries(FACT_KEYS.map((key) => [key, otherFacts(key, FACT_RULES[key])])) as Record<FactKey, RegExp>;

/**
 * How strongly a line evidences a fact, or null when it does not: it must be about the fact and
 * state it (not deny, plan, ask or list it as a task, not a bare heading). Strength is read in
 * the clauses about the fact and in clauses about no other fact ("— signed 3 March 2026");
 * a denied strength ("not yet signed") takes the evidence away.
 */
export function gradeEvidence(key: FactKey, line: string): EvidenceGrade | null {
  const rule: FactRule = FACT_RULES[key];
  const text = neutralise(line);
  if (!rule.pattern.test(text) || (rule.requires && !rule.requires(text))) return null;
  if ((!rule.allowsShortLine && isHeading(text)) || isQuestion(text) || isTodo(text)) return null;

  const clauses = splitClauses(text);
  const about = clauses.filter((c) => rule.pattern.test(c));
  // A pattern spanning clauses ("Grace Wanjiru, CEO") is read as one clause.
  const scope = about.length ? about : [text];
  const stated = scope.filter((c) => readClause(c, rule.allowsIntent) === "stated");
  if (stated.length === 0) return null;

  const neutral = clauses.filter((c) => !rule.pattern.test(c) && !OTHER_FACTS[key].test(c));
  if (rule.strong && neutral.some((c) => rule.strong!.test(c) && readClause(c) !== "stated")) return null;
  const strength = [...stated, ...neutral.filter((c) => readClause(c) === "stated")].join(" ; ");
  if (rule.weak?.test(stated.join(" ; "))) return "partial";
  if (rule.strong && !rule.strong.test(strength)) return "partial";
  return "full";
}
