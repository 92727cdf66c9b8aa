import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-db-client";
import { notFound } from "@/lib/errors/app-error";
import { getDocumentOrThrow } from "../get-document-or-throw";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/** A redaction job of the tenant's org on a document the role may see; anything else is a 404. */
export async function getRedactionJobOrThrow(tenant: Pick<TenantContext, "org" | "role">, jobId: string, client: Tx | typeof db = db) {
  const job = looksLikeUuid(jobId) ? await client.redactionJob.findFirst({ where: { id: jobId, orgId: tenant.org.id } }) : null;
  if (!job) throw notFound("Redaction job");
  await getDocumentOrThrow(tenant, job.documentId, client);
  return job;
}

/** The TEXT extraction's pages: what detection reads and what the redacted PDF is rebuilt from. */
export async function extractedPages(documentId: string): Promise<{ page: number; text: string }[] | null> {
  const extraction = await db.documentExtraction.findFirst({ where: { documentId, extractionType: "TEXT", status: "COMPLETED" }, orderBy: { createdAt: "desc" } });
  return ((extraction?.result ?? null) as { pages?: { page: number; text: string }[] } | null)?.pages ?? null;
}
