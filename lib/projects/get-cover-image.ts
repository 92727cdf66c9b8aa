import { GetObjectCommand, NoSuchKey } from "@aws-sdk/client-s3";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { notFound } from "@/lib/errors/app-error";
import { getStorage } from "@/lib/storage/s3-client";
import { getProjectOrThrow } from "./get-project-or-throw";
import { COVER_IMAGE_TYPES } from "./upload-cover-image";

/**
 * The cover of one of the tenant's projects, as a stream from storage. Another org's project is a
 * 404 like a missing one, and a key outside the org's prefix is never read.
 */
export async function getCoverImage(tenant: Pick<TenantContext, "org">, projectId: string) {
  const project = await getProjectOrThrow(tenant, projectId);
  const key = project.coverImageUrl;
  if (!key?.startsWith(`orgs/${tenant.org.id}/`)) throw notFound("Cover image");
  const { client, bucket } = getStorage();
  const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key })).catch((error: unknown) => {
    if (error instanceof NoSuchKey) throw notFound("Cover image");
    throw error;
  });
  if (!response.Body) throw notFound("Cover image");
  const contentType = COVER_IMAGE_TYPES.find((type) => type === response.ContentType) ?? "application/octet-stream";
  return { body: response.Body.transformToWebStream(), contentType, contentLength: response.ContentLength ?? null };
}
