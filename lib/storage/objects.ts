import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
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

export async function presignDownload(key: string, fileName: string) {
  const { client, bucket } = getStorage();
  return getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: contentDisposition("attachment", fileName) }), {
    expiresIn: PRESIGNED_URL_TTL_SECONDS,
  });
}
