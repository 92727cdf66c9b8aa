import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-db-client";
import { DEFAULT_SLA_HOURS, type QaPriority } from "./qa-options";

export type SlaPolicy = { hours: Record<QaPriority, number>; isDefault: boolean };

/** The hours the answering org gives itself per priority: its own row, or the platform defaults. */
export async function getSlaPolicy(orgId: string, client: Tx = db): Promise<SlaPolicy> {
  const row = await client.qaSlaPolicy.findUnique({ where: { orgId } });
  if (!row) return { hours: DEFAULT_SLA_HOURS, isDefault: true };
  return { hours: { urgent: row.urgentHours, high: row.highHours, normal: row.normalHours, low: row.lowHours }, isDefault: false };
}

/** When a question asked at `askedAt` must be answered. */
export function slaDeadline(policy: SlaPolicy, priority: QaPriority, askedAt: Date): Date {
  return new Date(askedAt.getTime() + policy.hours[priority] * 3_600_000);
}
