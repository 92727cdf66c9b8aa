import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { contentDisposition } from "@/lib/utils/content-disposition";
import { getStorage } from "./s3-client";

/** Presigned URLs live minutes, not hours: long enough to start a transfer, no more. */
export const PRESIGNED_URL_TTL_SECONDS = 5 * 60;

/** Unguessable and scoped by org, so a key alone reveals nothing and lists only one tenant. */
export function newObjectKey(orgId: string, area: string, fileName: string): string {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase();
  return `orgs/${orgId}/${area}/${randomUUID()}${extension ? `.${extension}` : ""}`;
}

export async function putObject(key: string, body: Buffer | Uint8Array | Readable, contentType: string, contentLength?: number) {
  const { client, bucket } = getStorage();
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType, ContentLength: contentLength }));
}

export async function getObjectBytes(key: string): Promise<Uint8Array> {
  const { client, bucket } = getStorage();
  const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!response.Body) throw new Error(`Object ${key} has no body`);
  return response.Body.transformToByteArray();
}

export async function deleteObject(key: string) {
  const { client, bucket } = getStorage();
  await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
}

/** Bytes of an object that may not exist (a cache entry): null when there is none. */
export async function getObjectBytesIfExists(key: string): Promise<Uint8Array | null> {
  try {
    return await getObjectBytes(key);
  } catch (error) {
    if (error instanceof Error && error.name === "NoSuchKey") return null;
    throw error;
  }
}

/** Removes every object under a prefix (one link's cached copies), a page of keys at a time. */
export async function deleteObjectsUnder(prefix: string): Promise<number> {
  const { client, bucket } = getStorage();
  let deleted = 0;
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const object of page.Contents ?? []) {
      if (!object.Key) continue;
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: object.Key }));
      deleted += 1;
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return deleted;
}

export async function presignDownload(key: string, fileName: string) {
  const { client, bucket } = getStorage();
  return getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: contentDisposition("attachment", fileName) }), {
    expiresIn: PRESIGNED_URL_TTL_SECONDS,
  });
}
