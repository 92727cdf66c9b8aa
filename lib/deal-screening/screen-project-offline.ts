import { FACT_RULES, type FactRule } from "@/lib/signal-score/fact-rules";
import { INSUFFICIENT_EVIDENCE, type ScreenClaim, type ScreenEvidence, type ScreenOutput } from "./screen-claims";
import { PASS_FROM, REVIEW_FROM, SCREENING_CRITERIA } from "./screening-criteria";

const MAX_QUOTE = 160;
const MAX_NAMED_RISKS = 3;

const quote = (excerpt: string) => (excerpt.length > MAX_QUOTE ? `${excerpt.slice(0, MAX_QUOTE - 1).trimEnd()}…` : excerpt);

/**
 * The offline screening analyser: explainable rules over the evidence the investor may see. Each
 * criterion the readable documents (the public listing's, and what the screener's deal rooms open)
 * evidence is a strength citing the page it was found on; each they do not is a risk and a next step (an absence cites nothing). Risks the documents name
 * themselves are quoted with their page. With no readable document there is nothing to
 * score: REVIEW, score null, "insufficient evidence", never an invented number.
 */
export function screenProjectOffline(evidence: ScreenEvidence): ScreenOutput {
  const { project, sources } = evidence;
  if (sources.length === 0) {
    const why =
      evidence.documents.length === 0
        ? "neither its listing nor a deal room gave the screen a document with readable text"
        : "the documents the screen could read contain none of the evidence a screen looks for (offtake, grid, permits, yield, financial model, land, ESIA, financing)";
    return {
      recommendation: "REVIEW",
      overallScore: null,
      rationale: `${INSUFFICIENT_EVIDENCE}: ${project.name} cannot be screened yet because ${why}. No score is given until there is evidence to cite.`,
      keyStrengths: [],
      keyRisks: [
        { text: `${INSUFFICIENT_EVIDENCE}: no document the screen could read evidences the project's offtake, grid connection, permits or energy yield.`, citations: [] },
      ],
      nextSteps: [
        { text: "Ask the developer to share the PPA, grid connection agreement, permits and energy yield study on the listing or in a deal room.", citations: [] },
      ],
    };
  }

  const strengths: ScreenClaim[] = [];
  const risks: ScreenClaim[] = [];
  const nextSteps: ScreenClaim[] = [];
  let score = 0;
  const found: string[] = [];
  const missing: string[] = [];
  for (const criterion of SCREENING_CRITERIA) {
    const rule: FactRule = FACT_RULES[criterion.key];
    const source = sources.find((s) => s.factKey === criterion.key);
    if (source) {
      score += criterion.weight;
      found.push(criterion.topic.toLowerCase());
      strengths.push({ text: `${criterion.topic}: “${quote(source.excerpt)}”`, citations: [source.n] });
    } else {
      missing.push(criterion.topic.toLowerCase());
      risks.push({ text: `${criterion.topic}: no document the screen could read shows ${rule.lacking ?? rule.label.toLowerCase()}.`, citations: [] });
      nextSteps.push({ text: `Request ${rule.lacking ?? rule.label.toLowerCase()} from the developer.`, citations: [] });
    }
  }
  for (const source of sources.filter((s) => s.factKey === "identified_risk").slice(0, MAX_NAMED_RISKS)) {
    risks.unshift({ text: `The developer names a risk: “${quote(source.excerpt)}”`, citations: [source.n] });
  }

  const recommendation = score >= PASS_FROM ? "PASS" : score >= REVIEW_FROM ? "REVIEW" : "REJECT";
  const verdict = { PASS: "proceed to diligence", REVIEW: "review the gaps before diligence", REJECT: "do not proceed on the evidence shared" }[recommendation];
  const first = strengths[0]?.citations[0];
  const parts = [
    `${project.name} (${project.typeLabel}, ${project.country}${project.capacityMw ? `, ${project.capacityMw} MW` : ""}, raising ${project.raise}) scores ${score} of 100 on the evidence ${evidence.documents.length === 1 ? "of the one document the screen could read" : `of the ${evidence.documents.length} documents the screen could read`}: ${verdict}.`,
    found.length ? `Evidenced: ${found.join(", ")}${first ? ` [${first}]` : ""}.` : "",
    missing.length ? `Not evidenced: ${missing.join(", ")}.` : "",
    evidence.signalScore ? `The developer's Signal Score is ${evidence.signalScore.overall.toFixed(1)}.` : "",
    milestonesSentence(evidence.record.milestones),
    evidence.record.budgetTotal ? `The listed budget totals ${evidence.record.budgetTotal}.` : "",
  ];
  return {
    recommendation,
    overallScore: score,
    rationale: parts.filter(Boolean).join(" "),
    keyStrengths: strengths,
    keyRisks: risks,
    nextSteps,
  };
}

function milestonesSentence(milestones: ScreenEvidence["record"]["milestones"]): string {
  if (!milestones?.total) return "";
  const delayed = milestones.delayed ? `, ${milestones.delayed} delayed` : "";
  return `The listing shows ${milestones.total} milestone${milestones.total === 1 ? "" : "s"}: ${milestones.completed} completed${delayed}.`;
}
