import { auditedWrite } from "@/lib/audit/audited-write";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { slugify } from "@/lib/utils/slugify";
import { systemActor } from "../actor";
import type { OrgType } from "../tenant-context";
import { orgIdForClerkOrg, roleFromClerk } from "./clerk-ids";

export type ClerkOrgFacts = { clerkOrgId: string; name: string; slug?: string | null; orgType?: string | null };
export type ClerkMembershipFacts = {
  clerkUserId: string;
  clerkOrgId: string;
  email: string;
  fullName: string;
  clerkRole?: string | null;
  avatarUrl?: string | null;
};

function orgTypeFrom(value: string | null | undefined): OrgType {
  const upper = value?.toUpperCase();
  return upper === "INVESTOR" || upper === "ADMIN" ? upper : "ALLY";
}

/** Creates or updates the organizations row of a Clerk organisation; audited as a system write. */
export async function upsertClerkOrg(facts: ClerkOrgFacts) {
  const id = orgIdForClerkOrg(facts.clerkOrgId);
  const existing = await db.organization.findUnique({ where: { id } });
  const type = facts.orgType ? orgTypeFrom(facts.orgType) : (existing?.type ?? "ALLY");
  if (existing && existing.name === facts.name && existing.type === type) return existing;
  // Without an org_type claim a new org is provisional: its admin is asked for the type once.
  const awaitingOrgType = !existing && !facts.orgType;
  // The org row must exist before its audit row can reference it, so the org is written first
  // and audited in the same transaction.
  return db.$transaction(async (tx) => {
    const org = await tx.organization.upsert({
      where: { id },
      create: {
        id,
        name: facts.name,
        slug: `${slugify(facts.slug || facts.name)}-${id.slice(0, 8)}`,
        type,
        settings: { clerkOrgId: facts.clerkOrgId, ...(awaitingOrgType ? { awaitingOrgType } : {}) },
      },
      update: { name: facts.name, type },
    });
    await recordAudit(tx, systemActor(id, "clerk-sync"), {
      action: existing ? "organization.updated" : "organization.created",
      entityType: "Organization",
      entityId: id,
      changes: { before: existing ? { name: existing.name, type: existing.type } : null, after: { name: org.name, type: org.type } },
    });
    return org;
  });
}

/** Creates or updates the users row of a Clerk user in a Clerk organisation; audited as a system write. */
export async function upsertClerkMember(facts: ClerkMembershipFacts) {
  const orgId = orgIdForClerkOrg(facts.clerkOrgId);
  const data = { orgId, email: facts.email.toLowerCase(), fullName: facts.fullName || facts.email, role: roleFromClerk(facts.clerkRole) };
  const existing = await db.user.findUnique({ where: { externalAuthId: facts.clerkUserId } });
  return auditedWrite(systemActor(orgId, "clerk-sync"), async (tx) => {
    const user = await tx.user.upsert({
      where: { externalAuthId: facts.clerkUserId },
      create: { ...data, externalAuthId: facts.clerkUserId, avatarUrl: facts.avatarUrl ?? null, lastLoginAt: new Date() },
      update: { ...data, isActive: true },
    });
    const before = existing ? { orgId: existing.orgId, email: existing.email, fullName: existing.fullName, role: existing.role, isActive: existing.isActive } : null;
    return {
      result: user,
      audit: { action: existing ? "user.updated" : "user.created", entityType: "User", entityId: user.id, changes: { before, after: { ...data, isActive: true } } },
    };
  });
}

export async function deactivateClerkUser(clerkUserId: string) {
  const user = await db.user.findUnique({ where: { externalAuthId: clerkUserId } });
  if (!user?.isActive) return;
  await auditedWrite(systemActor(user.orgId, "clerk-sync"), async (tx) => {
    await tx.user.updateMany({ where: { id: user.id, isActive: true }, data: { isActive: false } });
    return {
      result: null,
      audit: { action: "user.deactivated", entityType: "User", entityId: user.id, changes: { before: { isActive: true }, after: { isActive: false } } },
    };
  });
}
