import { GetObjectCommand } from "@aws-sdk/client-s3";
import { getStorage } from "@/lib/storage/s3-client";

/** The object's bytes as a web stream, for a response that passes them on without holding them. */
export async function readObjectStream(key: string): Promise<{ body: ReadableStream; length: number | null }> {
  const { client, bucket } = getStorage();
  const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!response.Body) throw new Error(`Object ${key} has no body`);
  return { body: response.Body.transformToWebStream(), length: response.ContentLength ?? null };
}
