import type { ScreenClaim } from "@/lib/deal-screening/screen-claims";
import { findUnsupportedNumbers } from "./find-unsupported-numbers";
import type { MemoInputs, MemoSource } from "./memo-inputs";
import { MEMO_SECTIONS, type MemoSectionKey } from "./memo-sections";
import type { MemoOutput } from "./schemas";

/** Where each of the screen's criteria belongs in the memo (the offline screen names it before a colon). */
const TOPIC_SECTION: Record<string, MemoSectionKey> = {
  Offtake: "market",
  Grid: "project",
  Permits: "project",
  "Energy yield": "project",
  Land: "project",
  "Financial model": "financials",
  Financing: "financials",
  "Environmental and social": "esg",
};
const VERDICT: Record<string, string> = {
  PASS: "proceed to diligence",
  REVIEW: "review the gaps before diligence",
  REJECT: "do not proceed on the evidence shared",
};
const LABEL: Record<string, string> = { PASS: "Pass", REVIEW: "Review", REJECT: "Reject" };

const topicOf = (claim: ScreenClaim) => /^([A-Z][A-Za-z ]{1,40}):\s/.exec(claim.text)?.[1] ?? null;
const markers = (numbers: number[]) => (numbers.length ? ` [${numbers.join(", ")}]` : "");
const stage = (value: string) => value.toLowerCase().replace(/_/g, " ");

/**
 * The offline memo writer: the seven sections from the screen's claims, the listing's facts and
 * the cited pages, labelled as such by runAiTask. A claim that rests on pages is written as what
 * those pages say, quoted, ending in its markers, so every figure in it is copied from a cited
 * excerpt; a gap is said in words. A sentence with a figure no cited page holds is left out.
 */
export function writeMemoOffline({ project, screen, sources }: MemoInputs): MemoOutput {
  const byNumber = new Map(sources.map((s) => [s.n, s]));
  const citations = sources.map((s) => ({ n: s.n, excerpt: s.excerpt }));
  const supported = (sentence: string) => findUnsupportedNumbers(sentence, citations, [project.name]).length === 0;
  const quoteClaim = (claim: ScreenClaim): string => {
    const cited = claim.citations.map((n) => byNumber.get(n)).filter((s): s is MemoSource => Boolean(s?.excerpt));
    const topic = topicOf(claim);
    if (cited.length === 0) return claim.text.trim().replace(/([^.!?”])$/, "$1.");
    const quoted = cited.map((s) => `“${s.excerpt!.trim()}”`).join("; ");
    return `${topic ? `${topic}: the developer's documents state ` : ""}${quoted}${markers(cited.map((s) => s.n))}.`;
  };
  const written = (claims: ScreenClaim[]) => claims.map(quoteClaim).filter(supported);
  const inSection = (key: MemoSectionKey) => screen.strengths.filter((c) => TOPIC_SECTION[topicOf(c) ?? ""] === key);
  const untopical = screen.strengths.filter((c) => !TOPIC_SECTION[topicOf(c) ?? ""]);
  const gaps = screen.risks.filter((c) => c.citations.length === 0);
  const namedRisks = screen.risks.filter((c) => c.citations.length > 0);
  const recommendation = screen.recommendation ?? "REVIEW";

  const capacitySource =
    project.capacityMw === null
      ? undefined
      : sources.find((s) => s.excerpt && findUnsupportedNumbers(`${Number(project.capacityMw)} MW [${s.n}].`, citations).length === 0);
  const listing = `${project.name} is a ${project.typeLabel.toLowerCase()} project in ${project.country} at the ${stage(project.stage)} stage, listed on the marketplace.`;
  const capacity = capacitySource ? `Its capacity is ${Number(project.capacityMw)} MW [${capacitySource.n}].` : "";
  const verdict = `The deal screen recommends ${LABEL[recommendation] ?? recommendation}: ${VERDICT[recommendation] ?? "review before diligence"}.`;
  const evidenced = screen.strengths.map(topicOf).filter(Boolean) as string[];
  const missing = gaps.map(topicOf).filter(Boolean) as string[];

  const paragraphs = (...lines: (string | string[] | false | null | undefined)[]) =>
    lines
      .flatMap((line) => (Array.isArray(line) ? [line.map((l) => `- ${l}`).join("\n")] : line ? [line] : []))
      .filter((line) => line.trim() && line !== "- ")
      .join("\n\n");
  const none = (what: string) => `No document the screen read evidences ${what} yet.`;

  const section: Record<MemoSectionKey, string> = {
    executive_summary: paragraphs(
      [listing, capacity, verdict].filter(Boolean).join(" "),
      evidenced.length
        ? `The documents shared evidence ${evidenced.map((t) => t.toLowerCase()).join(", ")}.`
        : "The documents shared evidence none of the criteria a screen looks for.",
      missing.length ? `Not yet evidenced: ${missing.map((t) => t.toLowerCase()).join(", ")}.` : "",
      written(screen.strengths.slice(0, 1))[0],
    ),
    project: paragraphs(
      [listing, capacity].filter(Boolean).join(" "),
      written([...inSection("project"), ...untopical]),
      inSection("project").length ? "" : none("the site, grid, permits or energy yield"),
    ),
    market: paragraphs(written(inSection("market")), inSection("market").length ? "" : none("an offtake agreement")),
    financials: paragraphs(written(inSection("financials")), inSection("financials").length ? "" : none("a financial model or financing structure")),
    risks: paragraphs(
      namedRisks.length ? "Risks the developer names:" : "",
      written(namedRisks),
      gaps.length ? "Gaps in the evidence:" : "",
      written(gaps),
      screen.nextSteps.length ? "Mitigants, to close before committing:" : "",
      written(screen.nextSteps),
      namedRisks.length || gaps.length ? "" : "The screen found no risk in the documents shared.",
    ),
    esg: paragraphs(written(inSection("esg")), inSection("esg").length ? "" : none("an environmental and social impact assessment")),
    recommendation: paragraphs(
      verdict,
      screen.nextSteps.length ? "Next steps:" : "",
      written(screen.nextSteps),
      "Figures in this memo are quoted from the cited pages; the sources are listed at the end.",
    ),
  };
  return { sections: MEMO_SECTIONS.map((s) => ({ key: s.key, markdown: section[s.key] || none("this") })) };
}
