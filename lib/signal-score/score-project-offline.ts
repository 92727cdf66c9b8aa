import { scoreEsg } from "./criteria/esg";
import { scoreFinancialPlanning } from "./criteria/financial-planning";
import { scoreProjectViability } from "./criteria/project-viability";
import { scoreRiskAssessment } from "./criteria/risk-assessment";
import { scoreTeamStrength } from "./criteria/team-strength";
import { DIMENSIONS, overallScore, type DimensionKey } from "./dimensions";
import type { ScoreInputs } from "./score-inputs";
import type { DimensionResult, SignalScoreOutput } from "./schemas";

/** The offline Signal Score analyser: explainable rules over the project record and its data room. */
export function scoreProjectOffline(inputs: ScoreInputs): SignalScoreOutput {
  const dimensions = {
    project_viability: scoreProjectViability(inputs),
    financial_planning: scoreFinancialPlanning(inputs),
    risk_assessment: scoreRiskAssessment(inputs),
    team_strength: scoreTeamStrength(inputs),
    esg: scoreEsg(inputs),
  };
  return { dimensions, narrative: composeNarrative(inputs, dimensions) };
}

function composeNarrative(inputs: ScoreInputs, dimensions: Record<DimensionKey, DimensionResult>): string {
  const scores = Object.fromEntries(DIMENSIONS.map((d) => [d.key, dimensions[d.key].score])) as Record<DimensionKey, number>;
  const ranked = [...DIMENSIONS].sort((a, b) => scores[b.key] - scores[a.key]);
  const strongest = ranked[0];
  const weakest = ranked[ranked.length - 1];
  // The citation goes inside the sentence it supports: "... (file, p. 2) [4]."
  const cited = (text: string, sources: number[]) => (sources.length ? `${text.replace(/\.$/, "")} [${sources[0]}].` : text);
  // "ESG" stays an acronym; other labels read as words mid-sentence.
  const name = (label: string) => (label === label.toUpperCase() ? label : label.toLowerCase());
  const documents = inputs.documents.analysed === 1 ? "1 analysed document" : `${inputs.documents.analysed} analysed documents`;
  const strength = dimensions[strongest.key].criteria.filter((c) => c.points === c.maxPoints).sort((a, b) => b.maxPoints - a.maxPoints)[0];
  const gaps = dimensions[weakest.key].criteria.filter((c) => c.points < c.maxPoints).sort((a, b) => b.maxPoints - b.points - (a.maxPoints - a.points));

  const parts = [`${inputs.project.name} scores ${Number(overallScore(scores)).toFixed(1)} overall, from ${documents} and the project record.`];
  if (inputs.sources.length === 0) parts.push("The data room holds no readable evidence yet, so every document-based criterion scores zero.");
  if (strength) parts.push(`Strongest is ${name(strongest.label)} (${scores[strongest.key]}): ${cited(strength.explanation, strength.sources)}`);
  parts.push(`Weakest is ${name(weakest.label)} (${scores[weakest.key]})${gaps[0] ? `: ${cited(gaps[0].explanation, gaps[0].sources)}` : "."}`);
  if (gaps[1]) parts.push(`Also: ${cited(gaps[1].explanation, gaps[1].sources)}`);
  return parts.join(" ");
}
