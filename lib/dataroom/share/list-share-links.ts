import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getDocumentOrThrow } from "../get-document-or-throw";
import type { ShareLinkRowDto } from "./share-link-dto";

const str = (value: unknown) => (typeof value === "string" ? value : null);

/**
 * The links issued for one document version, newest first, with whether each still works. The
 * token itself is never stored, so a link cannot be shown again: only withdrawn.
 */
export async function listShareLinks(tenant: Pick<TenantContext, "org" | "role">, documentId: string, now: Date = new Date()): Promise<ShareLinkRowDto[]> {
  const document = await getDocumentOrThrow(tenant, documentId);
  const rows = await db.documentAccessLog.findMany({
    where: { documentId: document.id, orgId: tenant.org.id, action: "SHARED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { user: { select: { fullName: true } }, shareRevocation: { select: { revokedAt: true } } },
  });
  return rows.map((row) => {
    const details = (row.metadata ?? {}) as Record<string, unknown>;
    const expiresAt = str(details.expiresAt);
    const revokedAt = row.shareRevocation?.revokedAt.toISOString() ?? null;
    const expired = expiresAt !== null && new Date(expiresAt).getTime() <= now.getTime();
    return {
      id: row.id,
      recipientEmail: str(details.recipientEmail) ?? "unknown recipient",
      sharedBy: row.user?.fullName ?? null,
      createdAt: row.createdAt.toISOString(),
      expiresAt,
      revokedAt,
      status: revokedAt ? "revoked" : expired ? "expired" : "active",
    };
  });
}
