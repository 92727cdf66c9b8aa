import { HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import type { StorageConfig } from "../../../lib/storage/s3-client";

/** Puts a demo file unless the bucket already holds it (a re-run, or files a person replaced). */
export async function storeDemoFileIfMissing(storage: StorageConfig, key: string, bytes: Uint8Array, contentType: string) {
  const exists = await storage.client.send(new HeadObjectCommand({ Bucket: storage.bucket, Key: key })).then(
    () => true,
    (error: { name?: string; $metadata?: { httpStatusCode?: number } }) => {
      if (error.name === "NotFound" || error.$metadata?.httpStatusCode === 404) return false;
      throw error;
    },
  );
  if (!exists)
    await storage.client.send(new PutObjectCommand({ Bucket: storage.bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength }));
}
