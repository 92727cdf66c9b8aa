import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { AppError } from "@/lib/errors/app-error";
import { formatBytes } from "./upload-limits";

type Reader = ReadableStreamDefaultReader<Uint8Array>;

/** Reads up to `size` leading bytes (fewer if the body ends first); the rest stays in the reader. */
export async function readHead(reader: Reader, size: number): Promise<{ head: Uint8Array; ended: boolean }> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < size) {
    const { value, done } = await reader.read();
    if (done) return { head: concat(chunks, length), ended: true };
    chunks.push(value);
    length += value.length;
  }
  return { head: concat(chunks, length), ended: false };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** `failure`: the error the stream itself raised, which the S3 client may report in its own words. */
export type CountedStream = { stream: Readable; digest(): { sha256: string; bytes: number }; failure(): unknown };

/**
 * The head, then the rest of the body, as a Node stream for S3, hashed and counted chunk by chunk
 * as it passes: the file is never held whole in memory. A body that differs from its declared
 * length fails the stream (and so the S3 request): at the first excess byte, or at a short end.
 */
export function countedStream(head: Uint8Array, reader: Reader, ended: boolean, expectedBytes: number): CountedStream {
  const maxBytes = expectedBytes;
  const hash = createHash("sha256");
  let bytes = 0;
  const take = (chunk: Uint8Array) => {
    bytes += chunk.length;
    if (bytes > maxBytes) throw new AppError("VALIDATION", `The upload sent more than the ${formatBytes(maxBytes)} it declared. Nothing was stored.`);
    hash.update(chunk);
    return chunk;
  };
  const endOfBody = () => {
    if (bytes < expectedBytes) throw new AppError("VALIDATION", `The upload ended after ${bytes} of ${expectedBytes} bytes. Nothing was stored.`);
  };
  let failed: unknown = null;
  async function* guarded() {
    try {
      yield* chunks();
    } catch (error) {
      failed = error;
      throw error;
    }
  }
  async function* chunks() {
    if (head.length) yield take(head);
    if (ended) return endOfBody();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return endOfBody();
      yield take(value);
    }
  }
  let sha256: string | null = null;
  const stream = Readable.from(guarded(), { objectMode: false });
  // The S3 client fails its request when the stream fails but may not listen for the event itself;
  // the cause is reported through failure(), so an unheard "error" must not crash the process.
  stream.on("error", () => {});
  return {
    stream,
    digest: () => ({ sha256: (sha256 ??= hash.digest("hex")), bytes }),
    failure: () => failed,
  };
}
