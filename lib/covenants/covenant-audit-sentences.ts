import { formatDecimal } from "@/lib/audit/format-audit-value";
import { ent, type Piece, type SentenceFacts, sentence, text, val, who } from "@/lib/audit/sentence-parts";
import type { Json, SentencePart } from "@/lib/audit/types";

const covenant = (side: Record<string, Json> | null | undefined): Piece => (text(side?.covenant) ? ent(text(side?.covenant)!) : "a covenant");
const on = (side: Record<string, Json> | null | undefined) => (text(side?.project) ? ` on ${text(side?.project)}` : "");
const reading = (side: Record<string, Json> | null | undefined) => (text(side?.value) ? [" at ", val(formatDecimal(text(side?.value)!))] : []);

/** Covenants, as the audit log reads them. Names travel in the changes, so the log reads without a lookup. */
export const COVENANT_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "covenant.created": (f) => sentence(who(f), " set covenant ", covenant(f.after), on(f.after)),
  "covenant.deleted": (f) => sentence(who(f), " removed covenant ", covenant(f.before), on(f.before)),
  "covenant.breached": (f) => sentence("A check found ", covenant(f.after), on(f.after), " in breach", ...reading(f.after)),
  "covenant.warning": (f) => sentence("A check found ", covenant(f.after), on(f.after), " past its warning level", ...reading(f.after)),
  "covenant.cleared": (f) => sentence("A check found ", covenant(f.after), on(f.after), " back within its limits", ...reading(f.after)),
  "covenant.waived": (f) => sentence(who(f), " waived ", covenant(f.after), on(f.after), text(f.after?.note) ? `: "${text(f.after?.note)}"` : ""),
  "covenant.reinstated": (f) => sentence(who(f), " reinstated ", covenant(f.after), on(f.after)),
};
