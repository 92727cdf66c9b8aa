import type { DocumentClassification, Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { ROLE_RANK } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/tenant-context";

/**
 * The lowest role that may see a document of each classification (rules in CONTRIBUTING.md,
 * "Data room access"). An unclassified document is treated as PUBLIC within the org.
 */
export const CLASSIFICATION_MIN_ROLE: Record<DocumentClassification, Role> = {
  PUBLIC: "viewer",
  CONFIDENTIAL: "analyst",
  RESTRICTED: "manager",
  TOP_SECRET: "admin",
};

export const CLASSIFICATIONS = Object.keys(CLASSIFICATION_MIN_ROLE) as DocumentClassification[];

export function visibleClassifications(role: Role): DocumentClassification[] {
  return CLASSIFICATIONS.filter((c) => ROLE_RANK[role] >= ROLE_RANK[CLASSIFICATION_MIN_ROLE[c]]);
}

export function canSeeClassification(role: Role, classification: DocumentClassification | null): boolean {
  return classification === null || visibleClassifications(role).includes(classification);
}

/** The `where` part every document query carries: the org's, not deleted, and visible to the role. */
export function visibleDocumentsWhere(tenant: { org: { id: string }; role: Role }): Prisma.DocumentWhereInput {
  return {
    orgId: tenant.org.id,
    isDeleted: false,
    OR: [{ classification: null }, { classification: { in: visibleClassifications(tenant.role) } }],
  };
}

/** Nobody may file a document above their own clearance: they would lose sight of it at once. */
export function assertMayClassify(role: Role, classification: DocumentClassification | null): void {
  if (!canSeeClassification(role, classification)) {
    throw new AppError("FORBIDDEN", `Your role (${role}) cannot classify a document as ${classification}.`);
  }
}
