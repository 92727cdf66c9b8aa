import { listWords, named, type Piece, quoted, sentence, type SentenceFacts, text, who } from "@/lib/audit/sentence-parts";
import type { SentencePart } from "@/lib/audit/types";

/** What each listing setting shows investors, beyond a listed project's overview and map pin. */
const LISTING_PARTS: Record<string, string> = {
  showMilestones: "milestones",
  showBudget: "the budget",
  showSignalScore: "the Signal Score",
  showDocuments: "public documents",
};

/** "now showing the budget and hiding milestones": the settings that changed, by their new state. */
function listingChange(f: SentenceFacts): string {
  const changed = Object.keys(LISTING_PARTS).filter((key) => typeof f.after?.[key] === "boolean" && f.after[key] !== f.before?.[key]);
  const shown = changed.filter((key) => f.after?.[key] === true).map((key) => LISTING_PARTS[key]);
  const hidden = changed.filter((key) => f.after?.[key] === false).map((key) => LISTING_PARTS[key]);
  const parts = [shown.length ? `showing ${listWords(shown)}` : null, hidden.length ? `hiding ${listWords(hidden)}` : null].filter(Boolean);
  return parts.length ? `: now ${parts.join(" and ")}` : ", changing nothing";
}

const savedSearch = (f: SentenceFacts): Piece[] => (f.entity ? ["saved search ", quoted(f.entity)] : ["a saved search"]);

/** What a saved search's edit changed: its name, its notices of new projects, or both. */
function savedSearchChange(f: SentenceFacts): Piece[] {
  const from = text(f.before?.name);
  const to = text(f.after?.name);
  const renamed = to && from !== to ? [" renamed saved search ", quoted(from ?? "…"), " to ", quoted(to)] : null;
  const notify = typeof f.after?.notify === "boolean" && f.after.notify !== f.before?.notify ? (f.after.notify ? "on" : "off") : null;
  if (renamed && notify) return [...renamed, ` and turned its notices ${notify}`];
  if (renamed) return renamed;
  if (notify) return [` turned ${notify} the notices of `, ...savedSearch(f)];
  return [" saved ", ...savedSearch(f), " unchanged"];
}

/** Watchlists, listing settings and saved searches. */
export const MARKETPLACE_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "project.watched": (f) => sentence(who(f), " started watching ", named(f, "a listed project")),
  "project.unwatched": (f) => sentence(who(f), " stopped watching ", named(f, "a listed project")),
  "project.listing_settings_changed": (f) => sentence(who(f), " changed what investors see of ", named(f, "a project"), listingChange(f)),
  "saved_search.created": (f) =>
    sentence(
      who(f),
      f.entity ? " saved the marketplace search " : " saved a marketplace search",
      f.entity ? quoted(f.entity) : null,
      f.after?.notify === true ? ", with notices of new projects" : "",
    ),
  "saved_search.updated": (f) => sentence(who(f), ...savedSearchChange(f)),
  "saved_search.deleted": (f) => sentence(who(f), " deleted ", ...savedSearch(f)),
};
