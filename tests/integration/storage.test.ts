import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedS3, type EmbeddedS3 } from "@/lib/storage/embedded-s3";
import { deleteObject, getObjectBytes, newObjectKey, presignDownload, putObject } from "@/lib/storage/objects";

describe("lib/storage against the loopback S3 server", () => {
  let s3: EmbeddedS3;
  beforeAll(async () => {
    s3 = await startEmbeddedS3({ directory: mkdtempSync(path.join(tmpdir(), "scr-s3-")) });
    Object.assign(process.env, s3.env);
  });
  afterAll(async () => s3.stop());

  it("stores a streamed upload byte for byte (no chunk framing) and serves it by presigned URL", async () => {
    const key = newObjectKey("11111111-1111-4111-8111-111111111111", "tests", "report.PDF");
    expect(key).toMatch(/^orgs\/11111111-1111-4111-8111-111111111111\/tests\/[0-9a-f-]{36}\.pdf$/);
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    await putObject(key, Readable.from([bytes.subarray(0, 100_000), bytes.subarray(100_000)]), "application/pdf", bytes.length);
    expect(Buffer.from(await getObjectBytes(key)).equals(bytes)).toBe(true);

    const url = await presignDownload(key, "report.pdf");
    expect(new URL(url).searchParams.get("X-Amz-Expires")).toBe("300");
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);

    await deleteObject(key);
    await expect(getObjectBytes(key)).rejects.toThrow();
  });
});
