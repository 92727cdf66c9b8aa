/**
 * File storage for the command-line scripts that seed: the configured S3 bucket (S3_BUCKET), or
 * the embedded s3rver on `.data/s3` that `npm run dev` also serves, so seeded files are there
 * when the app starts.
 */
import { getStorage, type StorageConfig } from "../../lib/storage/s3-client";

export type OpenedStorage = { storage: StorageConfig; env: Record<string, string>; embedded: boolean; stop(): Promise<void> };

export async function openFileStorage(options: { directory?: string } = {}): Promise<OpenedStorage> {
  if (process.env.S3_BUCKET) return { storage: getStorage(process.env), env: {}, embedded: false, stop: async () => {} };
  const { startEmbeddedS3 } = await import("../../lib/storage/embedded-s3");
  const s3 = await startEmbeddedS3({ directory: options.directory });
  return { storage: getStorage({ ...process.env, ...s3.env }), env: s3.env, embedded: true, stop: s3.stop };
}
