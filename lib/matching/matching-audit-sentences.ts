import { formatAuditValue, formatDecimal } from "@/lib/audit/format-audit-value";
import { describeChanges, ent, field, type Piece, quoted, sentence, type SentenceFacts, text, val, who } from "@/lib/audit/sentence-parts";
import type { Json, SentencePart } from "@/lib/audit/types";

const mandate = (f: SentenceFacts): Piece[] => (f.entity ? ["mandate ", quoted(f.entity)] : ["a mandate"]);
/** A match is named by its project: "the match for Turkana Solar Park". */
const theMatch = (f: SentenceFacts): Piece[] => (f.entity ? ["the match for ", ent(f.entity)] : ["a match"]);
const status = (value: Json | undefined) => val(formatAuditValue("status", value));
const matches = (n: Json | undefined) => (typeof n === "number" && n > 0 ? `${n} ${n === 1 ? "match" : "matches"}` : null);
const score = (f: SentenceFacts) => (text(f.after?.overallScore) ? ` (score ${formatDecimal(String(f.after?.overallScore))})` : "");

/** The project a new match is about: its own name (the match's), else the one recorded. */
function matchProject(f: SentenceFacts): SentencePart {
  const name = f.entity ?? f.ref("project", f.after?.projectId);
  return name ? ent(name) : { text: "a listed project" };
}

/** What a rescore covered: the entry's entity is the project, the mandate or (a full recompute) the organisation. */
function rescored(f: SentenceFacts): Piece[] {
  if (f.entityType === "Project") return [f.entity ? ent(f.entity) : "a project"];
  if (f.entityType === "InvestorMandate") return mandate(f);
  return ["every project and mandate"];
}

/** Mandates, matches and their moves, as the investor and the ally read them in their audit logs. */
export const MATCHING_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "mandate.created": (f) => sentence(who(f), " created ", ...mandate(f)),
  "mandate.updated": (f) => {
    const keys = Object.keys(f.after ?? {});
    if (keys.length === 1 && text(f.before?.name) && text(f.after?.name)) {
      return sentence(who(f), " renamed mandate ", quoted(String(f.before?.name)), " to ", quoted(String(f.after?.name)));
    }
    return sentence(who(f), " changed ", ...describeChanges(f, mandate(f), { currency: text(field(f, "currency")) }));
  },
  "mandate.paused": (f) => sentence(who(f), " paused ", ...mandate(f), ": it is not matched until resumed"),
  "mandate.resumed": (f) => sentence(who(f), " resumed ", ...mandate(f)),
  "mandate.deleted": (f) => sentence(who(f), " deleted ", ...mandate(f)),
  "match.created": (f) => {
    const under = f.ref("mandate", f.after?.mandateId);
    return sentence(who(f), " expressed interest in ", matchProject(f), under ? " under mandate " : "", under ? quoted(under) : null, score(f));
  },
  "match.proposed": (f) => {
    const to = f.ref("mandate", f.after?.mandateId);
    return sentence(who(f), " proposed ", matchProject(f), " to ", to ? "mandate " : "an investor's mandate", to ? quoted(to) : null, score(f));
  },
  "match.status_changed": (f) => sentence(who(f), " changed the status of ", ...theMatch(f), " from ", status(f.before?.status), " to ", status(f.after?.status)),
  "match.notes_updated": (f) => sentence(who(f), " edited their private notes on ", ...theMatch(f)),
  "match.message_posted": (f) => sentence(who(f), " wrote in the conversation on ", ...theMatch(f)),
  "matches.rescored": (f) => {
    const [scored, removed] = [matches(f.after?.upserted), matches(f.after?.removed)];
    const counts = [scored && `${scored} scored`, removed && `${removed} removed`].filter(Boolean).join(", ");
    return sentence(who(f), " rescored the matches of ", ...rescored(f), counts ? `: ${counts}` : "");
  },
};
