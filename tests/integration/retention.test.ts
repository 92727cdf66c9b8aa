import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { unsafeRunRetention } from "@/lib/retention/run-retention";
import { getObjectBytes } from "@/lib/storage/objects";
import { createDocument } from "@/prisma/factories";
import { useTestStorage } from "../support/dataroom-routes";
import { randomBytes } from "node:crypto";
import { ownerDb } from "../support/owner-db";
import { createTenant, db } from "../support/test-db";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

/** One org with rows on both sides of every retention period. */
async function world() {
  const actor = await createTenant({ type: "ALLY" });
  const orgId = actor.org.id;
  const audit = (days: number) => db.auditLog.create({ data: { orgId, userId: actor.user.id, action: "project.updated", entityType: "Project", timestamp: ago(days) } });
  const [oldAudit, oldSystemAudit, recentAudit] = [await audit(400), await audit(380), await audit(300)];
  await db.auditLogActor.create({ data: { auditLogId: oldSystemAudit.id, kind: "system", ref: "nightly-job" } });
  const document = await createDocument(db, { orgId, uploadedBy: actor.user.id });
  const access = (days: number) =>
    db.documentAccessLog.create({ data: { orgId, documentId: document.id, userId: actor.user.id, action: "VIEWED", createdAt: ago(days) } });
  const [oldAccess, recentAccess] = [await access(366), await access(10)];
  const task = (days: number) => db.aiTaskLog.create({ data: { orgId, agentType: "SIGNAL_SCORE", status: "COMPLETED", createdAt: ago(days) } });
  const [oldTask, recentTask] = [await task(91), await task(89)];
  const subscription = await db.webhookSubscription.create({ data: { orgId, url: "https://hooks.example.com/x", secret: "sealed" } });
  const delivery = (days: number, status: string) =>
    db.webhookDelivery.create({ data: { subscriptionId: subscription.id, orgId, eventType: "project.updated", status, createdAt: ago(days) } });
  const [oldDelivered, oldFailed, recentDelivered] = [await delivery(31, "delivered"), await delivery(31, "failed"), await delivery(29, "delivered")];
  // A bare row: createApiKey would add an audit entry, which the counts above would meet.
  const apiKey = await db.apiKey.create({
    data: { orgId, createdBy: actor.user.id, name: "Retention", keyHash: randomBytes(32).toString("hex"), keyPrefix: "scr_test" },
  });
  const claim = (key: string, hoursAgo: number) =>
    db.apiIdempotencyKey.create({
      data: {
        orgId,
        apiKeyId: apiKey.id,
        idempotencyKey: key,
        method: "POST",
        path: "/api/v1/projects",
        requestHash: "0".repeat(64),
        createdAt: new Date(Date.now() - hoursAgo * 3_600_000),
      },
    });
  // Remembered for 24 hours (IDEMPOTENCY_KEY_TTL_MS): one past it, one just inside.
  const [expiredClaim, liveClaim] = [await claim("expired", 25), await claim("live", 23)];
  return {
    orgId,
    oldAudit,
    oldSystemAudit,
    recentAudit,
    oldAccess,
    recentAccess,
    oldTask,
    recentTask,
    oldDelivered,
    oldFailed,
    recentDelivered,
    expiredClaim,
    liveClaim,
  };
}

const byPolicy = (outcomes: Awaited<ReturnType<typeof unsafeRunRetention>>) => Object.fromEntries(outcomes.map((o) => [o.policy, o]));

describe("retention", () => {
  useTestStorage();

  it("counts in a dry run and changes nothing", async () => {
    const w = await world();
    const outcomes = byPolicy(await unsafeRunRetention({ dryRun: true, orgIds: [w.orgId] }));
    expect(Object.fromEntries(Object.entries(outcomes).map(([id, o]) => [id, [o.due, o.archived, o.removed]]))).toEqual({
      audit_logs: [2, 0, 0],
      document_access_logs: [1, 0, 0],
      ai_task_logs: [1, 0, 0],
      webhook_deliveries: [1, 0, 0],
      api_idempotency_keys: [1, 0, 0],
    });
    expect(await db.apiIdempotencyKey.count({ where: { orgId: w.orgId } })).toBe(2);
    expect(await db.auditLog.count({ where: { orgId: w.orgId } })).toBe(3);
  });

  it("archives old logs to storage as gzipped JSON lines, then removes them, in batches, keeping recent rows and failed deliveries", async () => {
    const w = await world();
    const outcomes = byPolicy(await unsafeRunRetention({ orgIds: [w.orgId], batchSize: 1 }));
    expect(outcomes.audit_logs).toMatchObject({ due: 2, archived: 2, removed: 2 });
    expect(outcomes.audit_logs!.objects).toHaveLength(2);
    expect(outcomes.webhook_deliveries).toMatchObject({ due: 1, archived: 0, removed: 1, objects: [] });
    expect(outcomes.api_idempotency_keys).toMatchObject({ due: 1, archived: 0, removed: 1, objects: [] });

    const lines = async (key: string) =>
      gunzipSync(Buffer.from(await getObjectBytes(key)))
        .toString("utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
    const archivedAudit = [...(await lines(outcomes.audit_logs!.objects[0]!)), ...(await lines(outcomes.audit_logs!.objects[1]!))];
    expect(archivedAudit.map((row) => row.id)).toEqual([w.oldAudit.id, w.oldSystemAudit.id]);
    expect(archivedAudit[0]).toMatchObject({ org_id: w.orgId, action: "project.updated", actor: null });
    expect(archivedAudit[1]).toMatchObject({ actor: { kind: "system", ref: "nightly-job" } });
    expect((await lines(outcomes.document_access_logs!.objects[0]!))[0]).toMatchObject({ id: w.oldAccess.id, action: "VIEWED" });
    expect((await lines(outcomes.ai_task_logs!.objects[0]!))[0]).toMatchObject({ id: w.oldTask.id, agent_type: "SIGNAL_SCORE" });

    expect((await db.auditLog.findMany({ where: { orgId: w.orgId }, select: { id: true } })).map((r) => r.id)).toEqual([w.recentAudit.id]);
    expect(await db.documentAccessLog.findMany({ where: { orgId: w.orgId }, select: { id: true } })).toEqual([{ id: w.recentAccess.id }]);
    expect(await db.aiTaskLog.findMany({ where: { orgId: w.orgId }, select: { id: true } })).toEqual([{ id: w.recentTask.id }]);
    const deliveries = await db.webhookDelivery.findMany({ where: { orgId: w.orgId }, select: { id: true } });
    expect(deliveries.map((d) => d.id).sort()).toEqual([w.oldFailed.id, w.recentDelivered.id].sort());
    expect(await db.apiIdempotencyKey.findMany({ where: { orgId: w.orgId }, select: { id: true } })).toEqual([{ id: w.liveClaim.id }]);

    const again = byPolicy(await unsafeRunRetention({ orgIds: [w.orgId] }));
    expect(Object.values(again).map((o) => o.due)).toEqual([0, 0, 0, 0, 0]);
  });

  it("keeps the logs append-only: a recent row survives the purge function and a plain delete is refused", async () => {
    const w = await world();
    const [{ removed }] = await db.$queryRaw<[{ removed: number }]>`SELECT purge_archived_audit_logs(${[w.recentAudit.id]}::uuid[]) AS removed`;
    expect(removed).toBe(0);
    // The app's role may not delete at all; the owner (who could) is stopped by the trigger outside the purge.
    await expect(db.$executeRaw`DELETE FROM audit_logs WHERE id = ${w.oldAudit.id}::uuid`).rejects.toThrow(/permission denied/);
    await expect(ownerDb().$executeRaw`DELETE FROM audit_logs WHERE id = ${w.oldAudit.id}::uuid`).rejects.toThrow(/append-only/);
    const [{ accessRemoved }] = await db.$queryRaw<[{ accessRemoved: number }]>`SELECT purge_archived_access_logs(${[w.recentAccess.id]}::uuid[]) AS "accessRemoved"`;
    expect(accessRemoved).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: w.orgId } })).toBe(3);
  });
});
