import { ADMIN_AUDIT_SENTENCES } from "@/lib/admin/admin-audit-sentences";
import { MARKETPLACE_AUDIT_SENTENCES } from "@/lib/marketplace/marketplace-audit-sentences";
import { MATCHING_AUDIT_SENTENCES } from "@/lib/matching/matching-audit-sentences";
import { DEAL_ROOM_AUDIT_SENTENCES } from "@/lib/deal-rooms/deal-room-audit-sentences";
import { PIPELINE_AUDIT_SENTENCES } from "@/lib/pipeline/pipeline-audit-sentences";
import { PORTFOLIO_AUDIT_SENTENCES } from "@/lib/portfolios/portfolio-audit-sentences";
import { COVENANT_AUDIT_SENTENCES } from "@/lib/covenants/covenant-audit-sentences";
import { KPI_AUDIT_SENTENCES } from "@/lib/project-kpis/kpi-audit-sentences";
import { DEAL_SCREENING_AUDIT_SENTENCES } from "@/lib/deal-screening/deal-screening-audit-sentences";
import { INVESTMENT_MEMO_AUDIT_SENTENCES } from "@/lib/investment-memos/investment-memo-audit-sentences";
import { QA_AUDIT_SENTENCES } from "@/lib/qa/qa-audit-sentences";
import { API_KEY_AUDIT_SENTENCES } from "@/lib/api-keys/api-key-audit-sentences";
import { WEBHOOK_AUDIT_SENTENCES } from "@/lib/webhooks/webhook-audit-sentences";
import { scoreBand } from "@/lib/signal-score/score-band";
import { formatAuditValue, formatDay, formatDecimal } from "./format-audit-value";
import { describeChanges, ent, field, inProject, named, quoted, sentence, text, val, who, type Piece, type SentenceFacts } from "./sentence-parts";
import type { SentencePart } from "./types";

type Describe = (f: SentenceFacts) => SentencePart[];

const money = (f: SentenceFacts, key: string) => formatAuditValue(key, field(f, key), { side: f.after ?? f.before });
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const milestone = (f: SentenceFacts): Piece[] => (f.entity ? ["milestone ", quoted(f.entity)] : ["a milestone"]);
const budgetLine = (f: SentenceFacts): Piece[] => (f.entity ? ["budget line ", quoted(f.entity)] : ["a budget line"]);
const user = (f: SentenceFacts, key = "userId") => f.ref("user", field(f, key));

/** "Signal Score version 3 of Turkana Solar Park" (or "a Signal Score" when the version is unknown). */
function scoreName(f: SentenceFacts, capital: boolean): Piece[] {
  const version = f.score?.version ?? field(f, "version");
  const project = f.ref("project", f.score?.projectId ?? field(f, "projectId"));
  const label = version ? `Signal Score version ${version}` : `${capital ? "A" : "a"} Signal Score`;
  return [label, ...(project ? [" of ", ent(project)] : [])];
}

const RATED_KIND: Record<string, string> = { MatchResult: "a match", SignalScore: "a Signal Score", ImprovementQuest: "an improvement quest" };
/** What a rating is about, by the kind ai_feedback records, when the rated record cannot be named. */
export const ratedKind = (entityType: unknown) => RATED_KIND[String(entityType)] ?? "an AI output";
const thumbs = (rating: unknown) => (rating === 1 ? "thumbs up" : rating === -1 ? "thumbs down" : null);
/** A rating is named by what it rates (resolve-discovery-labels.ts): "the match for Turkana Solar Park". */
const rated = (f: SentenceFacts): Piece => (f.entity ? ent(f.entity) : ratedKind(f.after?.entityType));

/** A changed rating records only what changed: the thumb, the comment or both. */
function ratingChange(f: SentenceFacts): Piece[] {
  const thumb = thumbs(f.after?.rating);
  if (!thumb) return [" changed their comment on ", rated(f)];
  const comment = f.after && "comment" in f.after ? (text(f.after.comment) ? ", with a new comment" : ", removing the comment") : "";
  return [" changed their rating of ", rated(f), ` to ${thumb}`, comment];
}

function userChange(f: SentenceFacts, verb: string): SentencePart[] {
  return sentence(who(f), ` ${verb} `, named(f, "a team member"));
}

/**
 * One catalogue of what every audited action means, keyed by the action code the app writes.
 * Codes missing here still read as words (see describeAuditEntry), never as a raw code.
 */
export const AUDIT_SENTENCES: Record<string, Describe> = {
  "project.created": (f) => sentence(who(f), " created project ", named(f, "a project")),
  "project.updated": (f) => {
    const renamed = f.before?.name && f.after?.name ? sentence(who(f), " renamed project ", quoted(String(f.before.name)), " to ", quoted(String(f.after.name))) : null;
    if (renamed && Object.keys(f.after ?? {}).length === 1) return renamed;
    return sentence(who(f), " changed ", ...describeChanges(f, [named(f, "a project")], { currency: text(f.after?.currency) }));
  },
  "project.status_changed": (f) =>
    sentence(
      who(f),
      " changed the status of ",
      named(f, "a project"),
      " from ",
      val(formatAuditValue("status", f.before?.status)),
      " to ",
      val(formatAuditValue("status", f.after?.status)),
    ),
  "project.published": (f) => sentence(who(f), " published ", named(f, "a project"), " to the marketplace"),
  "project.unpublished": (f) => sentence(who(f), " took ", named(f, "a project"), " off the marketplace", text(f.after?.reason) ? ` (${f.after?.reason})` : ""),
  "milestone.created": (f) => sentence(who(f), " added milestone ", named(f, "a milestone", true), ...inProject(f, "to")),
  "milestone.updated": (f) => sentence(who(f), " changed ", ...describeChanges(f, milestone(f))),
  "milestone.completed": (f) =>
    sentence(
      who(f),
      " marked milestone ",
      named(f, "a milestone", true),
      " complete",
      text(f.after?.completedDate) ? ` on ${formatDay(String(f.after?.completedDate))}` : "",
    ),
  "milestone.delayed": (f) => sentence(who(f), " marked milestone ", named(f, "a milestone", true), " delayed: its target date has passed"),
  "milestone.deleted": (f) => sentence(who(f), " deleted milestone ", named(f, "a milestone", true), ...inProject(f, "from")),
  "milestone.reordered": (f) => sentence(who(f), " reordered the milestones of ", named(f, "a project")),
  "budget_item.created": (f) =>
    sentence(
      who(f),
      " added budget line ",
      named(f, "a budget line", true),
      text(field(f, "estimatedAmount")) ? " estimated at " : "",
      text(field(f, "estimatedAmount")) ? val(money(f, "estimatedAmount")) : null,
      ...inProject(f, "to"),
    ),
  "budget_item.updated": (f) => sentence(who(f), " changed ", ...describeChanges(f, budgetLine(f), { currency: text(field(f, "currency")) })),
  "budget_item.deleted": (f) => sentence(who(f), " deleted budget line ", named(f, "a budget line", true), ...inProject(f, "from")),
  "document.uploaded": (f) => sentence(who(f), " uploaded ", named(f, "a document")),
  "document.version_uploaded": (f) =>
    sentence(who(f), " uploaded ", field(f, "version") ? `version ${field(f, "version")} of ` : "a new version of ", named(f, "a document")),
  "document.processed": (f) =>
    sentence(
      named(f, "A document"),
      " was processed and is ready",
      typeof f.after?.pageCount === "number" && f.after.pageCount > 0 ? ` (${count(f.after.pageCount, "page")})` : "",
    ),
  "document.processing_failed": (f) => sentence("Processing of ", named(f, "a document"), " failed", text(f.after?.error) ? `: ${f.after?.error}` : ""),
  "document.moved": (f) =>
    sentence(who(f), " moved ", named(f, "a document"), " to ", f.ref("folder", f.after?.folderId) ? ent(f.ref("folder", f.after?.folderId)!) : "the top level"),
  "document.watermark_enabled": (f) => sentence(who(f), " turned on watermarking for ", named(f, "a document")),
  "document.watermark_disabled": (f) => sentence(who(f), " turned off watermarking for ", named(f, "a document")),
  "document.deleted": (f) =>
    sentence(
      who(f),
      " deleted ",
      named(f, "a document"),
      typeof f.after?.versionIds === "object" && Array.isArray(f.after.versionIds) && f.after.versionIds.length > 1
        ? ` and its ${f.after.versionIds.length} versions`
        : "",
    ),
  "document.shared": (f) =>
    sentence(
      who(f),
      " shared ",
      named(f, "a document"),
      text(f.after?.recipientEmail) ? " with " : "",
      text(f.after?.recipientEmail) ? val(String(f.after?.recipientEmail)) : null,
      text(f.after?.expiresAt) ? ` until ${formatDay(String(f.after?.expiresAt))}` : "",
    ),
  "document.share_revoked": (f) =>
    sentence(
      who(f),
      " revoked the share link to ",
      named(f, "a document"),
      text(f.before?.recipientEmail) ? " for " : "",
      text(f.before?.recipientEmail) ? val(String(f.before?.recipientEmail)) : null,
    ),
  "folder.created": (f) => sentence(who(f), " created folder ", named(f, "a folder", true)),
  "folder.renamed": (f) => sentence(who(f), " renamed folder ", quoted(text(f.before?.name) ?? f.entity ?? "…"), " to ", quoted(text(f.after?.name) ?? f.entity ?? "…")),
  "folder.moved": (f) =>
    sentence(
      who(f),
      " moved folder ",
      named(f, "a folder", true),
      " into ",
      f.ref("folder", f.after?.parentFolderId) ? ent(f.ref("folder", f.after?.parentFolderId)!) : "the top level",
    ),
  "folder.deleted": (f) => sentence(who(f), " deleted folder ", named(f, "a folder", true)),
  "annotation.created": (f) =>
    sentence(who(f), " added a note", typeof f.after?.pageNumber === "number" ? ` on page ${f.after.pageNumber}` : "", " of ", named(f, "a document")),
  "annotation.deleted": (f) => sentence(who(f), " removed a note from ", named(f, "a document")),
  "redaction.started": (f) => sentence(who(f), " started a redaction of ", named(f, "a document")),
  "redaction.analyzed": (f) => sentence("The redaction scan of ", named(f, "a document"), " found ", val(count(Number(f.after?.entityCount ?? 0), "item")), " to review"),
  "redaction.approved": (f) =>
    sentence(who(f), " approved ", val(count(Array.isArray(f.after?.approved) ? f.after.approved.length : 0, "redaction")), " in ", named(f, "a document")),
  "redaction.applied": (f) => sentence(who(f), " applied the redactions to ", named(f, "a document"), ", creating a redacted copy"),
  "redaction.failed": (f) => sentence("The redaction of ", named(f, "a document"), " failed", text(f.after?.error) ? `: ${f.after?.error}` : ""),
  "signal_score.requested": (f) => sentence(who(f), " requested ", ...scoreName(f, false)),
  "signal_score.completed": (f) => {
    const score = Number(f.after?.overallScore);
    const result = Number.isFinite(score) ? `${formatDecimal(score.toFixed(1))} (${scoreBand(score).label})` : null;
    return sentence(...scoreName(f, true), " completed", result ? ": " : "", result ? val(result) : null);
  },
  "signal_score.failed": (f) => sentence(...scoreName(f, true), " failed", text(f.after?.error) ? `: ${f.after?.error}` : ""),
  "badge.awarded": (f) => {
    const badge = text(f.after?.badgeName) ?? f.ref("badge", f.after?.badge) ?? "a";
    return sentence(user(f) ? ent(user(f)!) : "A team member", " earned the ", val(badge), " badge", ...inProject(f, "on"));
  },
  "quest.created": (f) => sentence("New improvement quest", ...inProject(f, "for"), ": ", named(f, "a quest", true)),
  "quest.completed": (f) => sentence("Improvement quest ", named(f, "a quest", true), " was completed"),
  "user.created": (f) =>
    sentence(who(f), " added ", named(f, "a team member"), " to the team", text(f.after?.role) ? ` as ${formatAuditValue("role", f.after?.role).toLowerCase()}` : ""),
  "user.updated": (f) => sentence(who(f), " updated the profile of ", named(f, "a team member")),
  "user.role_changed": (f) =>
    sentence(
      who(f),
      " changed the role of ",
      named(f, "a team member"),
      " from ",
      val(formatAuditValue("role", f.before?.role)),
      " to ",
      val(formatAuditValue("role", f.after?.role)),
    ),
  "user.deactivated": (f) => userChange(f, "deactivated"),
  "user.reactivated": (f) => userChange(f, "reactivated"),
  "user.signed_in": (f) => sentence(who(f), " signed in"),
  "user.signed_out": (f) => sentence(who(f), " signed out"),
  "user.notification_preferences_changed": (f) => sentence(who(f), " changed their notification settings"),
  "organization.created": (f) => sentence(who(f), " created the organisation ", named(f, "")),
  "organization.updated": (f) => sentence(who(f), " changed ", ...describeChanges(f, [named(f, "the organisation")])),
  "prompt_template.created": (f) =>
    sentence(who(f), " wrote version ", val(String(field(f, "version") ?? "?")), " of the ", val(String(field(f, "taskType") ?? "AI")), " prompt"),
  "prompt_template.activated": (f) =>
    sentence(who(f), " made version ", val(String(f.after?.activeVersion ?? "?")), " the active ", val(String(field(f, "taskType") ?? "AI")), " prompt"),
  "ai_feedback.created": (f) => {
    const thumb = thumbs(f.after?.rating);
    return sentence(who(f), " rated ", rated(f), thumb ? ` ${thumb}` : "", text(f.after?.comment) ? ", with a comment" : "");
  },
  "ai_feedback.updated": (f) => sentence(who(f), ...ratingChange(f)),
  ...ADMIN_AUDIT_SENTENCES,
  ...MATCHING_AUDIT_SENTENCES,
  ...MARKETPLACE_AUDIT_SENTENCES,
  ...QA_AUDIT_SENTENCES,
  ...PIPELINE_AUDIT_SENTENCES,
  ...PORTFOLIO_AUDIT_SENTENCES,
  ...COVENANT_AUDIT_SENTENCES,
  ...KPI_AUDIT_SENTENCES,
  ...DEAL_SCREENING_AUDIT_SENTENCES,
  ...INVESTMENT_MEMO_AUDIT_SENTENCES,
  ...DEAL_ROOM_AUDIT_SENTENCES,
  ...API_KEY_AUDIT_SENTENCES,
  ...WEBHOOK_AUDIT_SENTENCES,
  "job.retried": (f) => {
    const about = f.ref("document", f.after?.documentId) ?? f.ref("project", f.after?.projectId);
    return sentence(who(f), " retried the failed ", val(text(f.after?.job) ?? "background"), " job", about ? " for " : "", about ? ent(about) : null);
  },
};
