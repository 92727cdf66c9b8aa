import { type Piece, type SentenceFacts, ent, named, quoted, sentence, text, val, who } from "@/lib/audit/sentence-parts";
import type { SentencePart } from "@/lib/audit/types";

/** "Turkana Solar Park" (or "a project" once it is gone). */
const project = (f: SentenceFacts): Piece => {
  const name = f.ref("project", f.after?.projectId ?? f.before?.projectId);
  return name ? ent(name) : "a project";
};
const memo = (f: SentenceFacts): Piece => named(f, "an investment memo", true);
const version = (f: SentenceFacts): Piece => (text(f.after?.screenVersion) ? val(`version ${f.after?.screenVersion}`) : "a version");
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** An investor's investment memos, as its audit log reads them. */
export const INVESTMENT_MEMO_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "memo.requested": (f) => sentence(who(f), " asked for an investment memo of ", project(f), " from ", version(f), " of its deal screen"),
  "memo.generated": (f) => {
    const sections = Number(f.after?.sections ?? 0);
    const sources = Number(f.after?.citations ?? 0);
    return sentence(
      "The memo job wrote ",
      memo(f),
      " of ",
      project(f),
      " from ",
      version(f),
      " of its deal screen: ",
      val(`${plural(sections, "section")}, ${plural(sources, "source")}`),
    );
  },
  "memo.failed": (f) => sentence("The memo job could not write ", memo(f), " of ", project(f), text(f.after?.error) ? `: ${f.after?.error}` : ""),
  "memo.updated": (f) => {
    const before = text(f.before?.title);
    const after = text(f.after?.title);
    const renamed = before && after && before !== after ? [" and renamed it from ", quoted(before)] : [];
    return sentence(who(f), " edited ", memo(f), " of ", project(f), ...renamed);
  },
  // Named by the title it had: a deleted memo can no longer be looked up.
  "memo.deleted": (f) => sentence(who(f), " deleted ", text(f.before?.title) ? quoted(text(f.before?.title)!) : memo(f), " of ", project(f)),
  "memo.exported": (f) => sentence(who(f), " exported ", memo(f), " of ", project(f), " as a PDF"),
};
