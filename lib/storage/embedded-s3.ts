/**
 * The embedded default for file storage: s3rver, an S3-compatible server, on a loopback port with
 * data under `.data/s3`. A dev dependency: production always names a real bucket.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";

export const EMBEDDED_BUCKET = "scr-local";

export type EmbeddedS3 = { env: Record<string, string>; stop(): Promise<void> };

export async function startEmbeddedS3(options: { directory?: string; port?: number } = {}): Promise<EmbeddedS3> {
  const { default: S3rver } = await import("s3rver");
  const directory = options.directory ?? path.resolve(".data/s3");
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: "127.0.0.1",
    port: options.port ?? 0,
    silent: true,
    directory,
    configureBuckets: [{ name: EMBEDDED_BUCKET, configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  return {
    env: {
      S3_BUCKET: EMBEDDED_BUCKET,
      S3_ENDPOINT: `http://127.0.0.1:${address.port}`,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
      // Lets a production server know it is on the development store (lib/config/production-config.ts).
      S3_EMBEDDED: "true",
    },
    stop: () => server.close(),
  };
}
