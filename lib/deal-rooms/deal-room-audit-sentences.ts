import { ent, quoted, type SentenceFacts, sentence, text, val, who } from "@/lib/audit/sentence-parts";
import type { Json, SentencePart } from "@/lib/audit/types";

const room = (f: SentenceFacts) => {
  const name = text(f.after?.name) ?? text(f.before?.name);
  return name ? quoted(name) : "a deal room";
};
/** "the deal room “Equity raise”", or "a deal room" when no name was recorded. */
const theRoom = (f: SentenceFacts) => {
  const name = text(f.after?.name) ?? text(f.before?.name);
  return name ? ["the deal room ", quoted(name)] : ["a deal room"];
};
const org = (value: Json | undefined) => ent(text(value) ?? "an investor");
const doc = (value: Json | undefined) => ent(text(value) ?? "a document");
function permissions(side: Record<string, Json> | null | undefined): SentencePart {
  const access = side?.accessLevel === "downloader" ? "view and download" : "view only";
  return val(side?.canSeeFinancial === true ? `${access}, financial documents included` : access);
}
/** "Jane Doe (jane@fund.example)", or the address alone before they typed a name. */
const guest = (side: Record<string, Json> | null | undefined) => {
  const email = text(side?.guestEmail) ?? "an outside guest";
  const name = text(side?.guestName);
  return ent(name ? `${name} (${email})` : email);
};
const hash = (value: Json | undefined) => (typeof value === "string" ? `${value.slice(0, 12)}…` : "an unknown version");

/** Deal rooms, as the audit log reads them (names recorded with each entry, so a removed org or document still reads). */
export const DEAL_ROOM_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "deal_room.opened": (f) => sentence(who(f), " opened ", ...theRoom(f), f.after?.ndaRequired === false ? " without an NDA" : " with an NDA"),
  "deal_room.member_invited": (f) => sentence(who(f), " invited ", org(f.after?.memberOrgName), " into ", room(f), " (", permissions(f.after), ")"),
  "deal_room.member_updated": (f) =>
    sentence(who(f), " changed what ", org(f.after?.memberOrgName), " may do in ", room(f), " from ", permissions(f.before), " to ", permissions(f.after)),
  "deal_room.member_removed": (f) => sentence(who(f), " removed ", org(f.before?.memberOrgName), " from ", room(f)),
  "deal_room.document_shared": (f) => sentence(who(f), " shared ", doc(f.after?.documentName), " in ", room(f), f.after?.isFinancial === true ? " (financial)" : ""),
  "deal_room.document_unshared": (f) => sentence(who(f), " stopped sharing ", doc(f.before?.documentName), " in ", room(f)),
  "deal_room.nda_updated": (f) =>
    f.after?.ndaRequired === false
      ? sentence(who(f), " stopped requiring an NDA in ", room(f))
      : sentence(who(f), " changed the NDA of ", room(f), " to version ", val(hash(f.after?.ndaSha256))),
  "deal_room.nda_accepted": (f) =>
    sentence(who(f), " accepted the NDA of ", room(f), " as ", quoted(text(f.after?.typedName) ?? "?"), " (version ", val(hash(f.after?.ndaSha256)), ")"),
  "deal_room.message_posted": (f) => {
    const mentioned = Array.isArray(f.after?.mentioned) ? f.after.mentioned.flatMap((name) => (typeof name === "string" ? [name] : [])) : [];
    const mentions = mentioned.length ? [", mentioning ", ...mentioned.flatMap((name, i) => (i ? [", ", ent(name)] : [ent(name)]))] : [];
    return sentence(who(f), f.after?.reply === true ? " replied in " : " wrote in ", ...theRoom(f), ...mentions);
  },
  "deal_room.guest_invited": (f) =>
    sentence(
      who(f),
      f.after?.reinvited === true ? " sent a new invitation link to " : " invited the outside guest ",
      guest(f.after),
      " into ",
      room(f),
      " (",
      permissions(f.after),
      ")",
    ),
  "deal_room.guest_removed": (f) => sentence(who(f), " removed the outside guest ", guest(f.before), " from ", room(f)),
  "deal_room.guest_joined": (f) =>
    sentence(
      "The outside guest ",
      guest(f.after),
      " joined ",
      ...theRoom(f),
      ...(typeof f.after?.ndaSha256 === "string" ? [" and accepted its NDA (version ", val(hash(f.after.ndaSha256)), ")"] : []),
    ),
  "deal_room.guest_nda_accepted": (f) =>
    sentence(
      "The outside guest ",
      guest(f.after),
      " accepted the NDA of ",
      room(f),
      " as ",
      quoted(text(f.after?.typedName) ?? "?"),
      " (version ",
      val(hash(f.after?.ndaSha256)),
      ")",
    ),
  "deal_room.status_changed": (f) => {
    const status = text(f.after?.status);
    const verb = status === "open" ? "reopened" : status === "archived" ? "archived" : "closed";
    return sentence(who(f), ` ${verb} `, ...theRoom(f));
  },
};
