import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startEmbeddedS3, type EmbeddedS3 } from "@/lib/storage/embedded-s3";

/** A loopback S3 for one test file, exported to the environment lib/storage reads. */
export async function startTestStorage(): Promise<EmbeddedS3> {
  const s3 = await startEmbeddedS3({ directory: mkdtempSync(path.join(tmpdir(), "scr-dataroom-s3-")) });
  Object.assign(process.env, s3.env);
  return s3;
}

/** One loopback S3 for the calling test file: started before its tests, stopped after them. */
export function useTestStorage() {
  let s3: EmbeddedS3 | undefined;
  beforeAll(async () => {
    s3 = await startTestStorage();
  });
  afterAll(async () => s3?.stop());
}

export type UploadQuery = Record<string, string | undefined>;

/** A PUT to the upload route, as the browser sends it: raw body, Content-Length, the rest in the query. */
export function uploadRequest(query: UploadQuery, body: Uint8Array | ReadableStream<Uint8Array>, length?: number) {
  const url = new URL("http://localhost/api/dataroom/upload");
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
  const size = length ?? (body instanceof Uint8Array ? body.length : undefined);
  return new Request(url, {
    method: "PUT",
    body: body as BodyInit,
    headers: { "user-agent": "dataroom-test", "x-forwarded-for": "198.51.100.9", ...(size !== undefined ? { "content-length": String(size) } : {}) },
    duplex: "half",
  } as RequestInit);
}

export function downloadRequest(documentId: string, inline = false) {
  return new Request(`http://localhost/api/dataroom/documents/${documentId}/download${inline ? "?inline=1" : ""}`, {
    headers: { "user-agent": "dataroom-test", "x-forwarded-for": "198.51.100.9" },
  });
}
