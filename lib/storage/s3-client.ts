import { S3Client } from "@aws-sdk/client-s3";
import { AppError } from "@/lib/errors/app-error";

export type StorageConfig = { bucket: string; client: S3Client };

const globalForStorage = globalThis as unknown as { __scrStorage?: StorageConfig };

/**
 * S3 from the environment: a real bucket in production, the embedded loopback server that
 * `npm run dev` starts otherwise. Checksums only when required: with the SDK's default
 * (always), a streamed upload to an S3-compatible server can be stored with its chunk framing.
 */
export function getStorage(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  if (globalForStorage.__scrStorage && env === process.env) return globalForStorage.__scrStorage;
  const bucket = env.S3_BUCKET;
  if (!bucket) throw new AppError("CONFIGURATION", "File storage is not configured: set S3_BUCKET (npm run dev starts a local one).");
  const client = new S3Client({
    region: env.S3_REGION ?? "us-east-1",
    endpoint: env.S3_ENDPOINT || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" || Boolean(env.S3_ENDPOINT),
    credentials: env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const config = { bucket, client };
  if (env === process.env) globalForStorage.__scrStorage = config;
  return config;
}
