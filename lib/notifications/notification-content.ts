import { documentHref, type RoomRef } from "@/lib/dataroom/rooms/room-ref";
import type { NotificationKind } from "./notification-kinds";

/**
 * What each notification says, from plain facts: the jobs and the demo seed word them alike.
 * No database here (the seed imports it).
 */
export type NotificationContent = { kind: NotificationKind; title: string; message: string; link: string | null; sourceKey: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function redactionReadyContent(facts: {
  redactionJobId: string;
  documentId: string;
  documentName: string;
  room: RoomRef;
  entityCount: number;
}): NotificationContent {
  const found = facts.entityCount ? `${plural(facts.entityCount, "item")} of personal data found` : "No personal data found";
  return {
    kind: "action_required",
    title: `Redaction ready for review: ${facts.documentName}`,
    message: `${found} in ${facts.documentName}. Review them and choose what to remove before the redacted copy is made.`,
    link: `${documentHref(facts.room, facts.documentId)}/redaction`,
    sourceKey: `redaction.analyzed:${facts.redactionJobId}`,
  };
}

export function signalScoreContent(facts: {
  scoreId: string;
  projectId: string;
  projectName: string;
  version: number;
  status: "COMPLETED" | "FAILED";
  overallScore: number;
}): NotificationContent {
  const base = { link: `/projects/${facts.projectId}/signal-score`, sourceKey: `signal_score.completed:${facts.scoreId}` };
  if (facts.status === "FAILED") {
    return {
      ...base,
      kind: "warning",
      title: `Signal Score failed: ${facts.projectName}`,
      message: `Version ${facts.version} of the Signal Score for ${facts.projectName} did not finish. Open the score page to see why and try again.`,
    };
  }
  return {
    ...base,
    kind: "info",
    title: `Signal Score ready: ${facts.projectName}`,
    message: `Version ${facts.version} of the Signal Score for ${facts.projectName} is ${Math.round(facts.overallScore)} out of 100.`,
  };
}

export function documentSharedContent(facts: {
  sharedLogId: string;
  token: string;
  sharerName: string;
  orgName: string;
  documentName: string;
  expiresAt: Date;
  note: string | null;
}): NotificationContent {
  const until = facts.expiresAt.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return {
    kind: "mention",
    title: `${facts.sharerName} shared ${facts.documentName} with you`,
    message: `${facts.sharerName} of ${facts.orgName} shared ${facts.documentName} with you. The link works until ${until} UTC.${facts.note ? ` Their note: “${facts.note}”` : ""}`,
    link: `/shared/${facts.token}`,
    sourceKey: `document.shared:${facts.sharedLogId}`,
  };
}
