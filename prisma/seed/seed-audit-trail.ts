import type { Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import { documentId } from "./dataroom-documents";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { dealRoomId } from "./seed-deal-rooms";
import { matchId } from "./seed-matching";
import { signalScoreId } from "./seed-signal-scores";

const BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

/**
 * A few audit entries for the story's key moments, so the audit views are not empty. audit_logs
 * is append-only: fixed ids and skipDuplicates make a re-run insert nothing and update nothing.
 */
export async function seedAuditTrail(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users } = ctx;
  type Entry = [key: string, org: string, user: string | null, action: string, entityType: string, entityId: string, changes: Prisma.InputJsonValue | null, at: Date, ip: string | null];
  const entries: Entry[] = [
    ["amara/deal-room-created", orgs.helios, users.amara, "deal_room.created", "DealRoom", dealRoomId("turkana"), { after: { name: "Turkana Solar Park - Equity Raise", ndaRequired: true } }, daysAgo(53, 8), "196.201.214.17"],
    ["amara/northwind-invited", orgs.helios, users.amara, "deal_room.member_invited", "DealRoom", dealRoomId("turkana"), { after: { org: "Northwind Climate Capital", accessLevel: "commenter" } }, daysAgo(53, 8.5), "196.201.214.17"],
    ["james/match-connected", orgs.northwind, users.james, "match.status_changed", "MatchResult", matchId("turkana"), { before: { status: "INTERESTED" }, after: { status: "CONNECTED" } }, daysAgo(53, 15), "81.2.69.142"],
    ["sarah/model-v3-uploaded", orgs.helios, users.sarah, "document.uploaded", "Document", documentId("financial-model-v3"), { after: { name: "Turkana Solar Park - Financial Model.xlsx", version: 3 } }, daysAgo(12, 10), "196.201.214.17"],
    ["system/score-v3", orgs.helios, null, "signal_score.completed", "SignalScore", signalScoreId("turkana", 3), { after: { version: 3, overallScore: "73.05" } }, daysAgo(11, 14.05), null],
    ["priya/qa-curtailment", orgs.northwind, users.priya, "qa_question.created", "QaQuestion", demoId("turkana/qa/curtailment"), { after: { priority: "urgent", category: "technical" } }, daysAgo(10, 10.1), "81.2.69.160"],
    ["amara/redaction-started", orgs.helios, users.amara, "redaction_job.created", "Document", documentId("land-lease"), { after: { status: "pending" } }, daysAgo(4, 8.9), "196.201.214.17"],
    ["noor/prompt-activated", orgs.platform, users.noor, "prompt_template.activated", "PromptTemplate", demoId("prompt/signal_score/v3"), { before: { activeVersion: 2 }, after: { activeVersion: 3 } }, daysAgo(30, 10), "10.20.0.14"],
  ];
  await db.auditLog.createMany({
    skipDuplicates: true,
    data: entries.map(([key, orgId, userId, action, entityType, entityId, changes, timestamp, ipAddress]) => ({
      id: demoId(`audit/${key}`), orgId, userId, action, entityType, entityId, changes: changes ?? undefined, ipAddress, userAgent: userId ? BROWSER : "scr-jobs/1.0", timestamp,
    })),
  });
}
