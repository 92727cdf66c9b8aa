import { type Piece, type SentenceFacts, ent, sentence, text, val, who } from "@/lib/audit/sentence-parts";
import type { SentencePart } from "@/lib/audit/types";

const LABEL: Record<string, string> = { PASS: "Pass", REVIEW: "Review", REJECT: "Reject" };

/** "version 2 of the screen of Turkana Solar Park" (or "of a project" once it is gone). */
function screenName(f: SentenceFacts): Piece[] {
  const version = text(f.after?.version);
  const project = f.ref("project", f.after?.projectId);
  return [version ? val(`version ${version}`) : "a version", " of the deal screen of ", project ? ent(project) : "a project"];
}

/** An investor's deal screens, as its audit log reads them. */
export const DEAL_SCREENING_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "deal_screen.requested": (f) => sentence(who(f), " requested ", ...screenName(f)),
  "deal_screen.completed": (f) => {
    const verdict = LABEL[text(f.after?.recommendation) ?? ""];
    const score = text(f.after?.overallScore);
    return sentence(
      "The screening job completed ",
      ...screenName(f),
      verdict ? ": " : "",
      verdict ? val(verdict) : null,
      verdict ? (score ? `, ${Number(score)} / 100` : ", no score (insufficient evidence)") : "",
    );
  },
  "deal_screen.failed": (f) => sentence(...screenName(f), " failed", text(f.after?.error) ? `: ${f.after?.error}` : ""),
};
