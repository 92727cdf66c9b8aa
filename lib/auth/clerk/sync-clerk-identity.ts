import { db } from "@/lib/db/client";
import type { OrgType } from "../tenant-context";
import { orgIdForClerkOrg, roleFromClerk } from "./clerk-ids";
import { slugify } from "@/lib/utils/slugify";

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

/** Creates or updates the organizations row of a Clerk organisation. */
export async function upsertClerkOrg(facts: ClerkOrgFacts) {
  const id = orgIdForClerkOrg(facts.clerkOrgId);
  const slug = `${slugify(facts.slug || facts.name)}-${id.slice(0, 8)}`;
  return db.organization.upsert({
    where: { id },
    create: { id, name: facts.name, slug, type: orgTypeFrom(facts.orgType), settings: { clerkOrgId: facts.clerkOrgId } },
    update: { name: facts.name, ...(facts.orgType ? { type: orgTypeFrom(facts.orgType) } : {}) },
  });
}

/** Creates or updates the users row of a Clerk user in a Clerk organisation. */
export async function upsertClerkMember(facts: ClerkMembershipFacts) {
  const orgId = orgIdForClerkOrg(facts.clerkOrgId);
  const role = roleFromClerk(facts.clerkRole);
  return db.user.upsert({
    where: { externalAuthId: facts.clerkUserId },
    create: {
      orgId,
      externalAuthId: facts.clerkUserId,
      email: facts.email.toLowerCase(),
      fullName: facts.fullName || facts.email,
      role,
      avatarUrl: facts.avatarUrl ?? null,
      lastLoginAt: new Date(),
    },
    update: { orgId, email: facts.email.toLowerCase(), fullName: facts.fullName || facts.email, role, isActive: true },
  });
}

export async function deactivateClerkUser(clerkUserId: string) {
  await db.user.updateMany({ where: { externalAuthId: clerkUserId }, data: { isActive: false } });
}
