/**
 * The production server as scripts/e2e-server.ts runs it (`next start`, local auth, embedded S3),
 * on a free port and a given database, for benchmarks that must measure the real request path.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedS3 } from "../lib/storage/embedded-s3";

/** `env` is the server's environment (database, storage, auth): a worker started with it sees the same. */
export type BenchServer = { url: string; pid: number; env: NodeJS.ProcessEnv; stop(): Promise<void> };

/**
 * Benchmarks build nothing: without a production build they are skipped with this notice. The
 * build is read from NEXT_DIST_DIR when set (next.config.ts), so a bench build can live beside others.
 */
export function missingBuildNotice(): string | null {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  return existsSync(path.join(distDir, "BUILD_ID")) ? null : `no production build (${distDir}/BUILD_ID): run \`NEXT_DIST_DIR=${distDir} npx next build\` first`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilServing(url: string, exited: () => boolean) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error("the server exited while starting");
    const ok = await fetch(`${url}/sign-in`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer at ${url} within 2 minutes`);
}

export async function startBenchServer(databaseUrl: string, authSecret: string): Promise<BenchServer> {
  const directory = mkdtempSync(path.join(tmpdir(), "scr-bench-s3-"));
  const s3 = await startEmbeddedS3({ directory });
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...s3.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_MODE: "local",
    AUTH_SECRET: authSecret,
    // Benchmarks measure the request path on a throwaway embedded store, knowingly.
    ALLOW_EMBEDDED_SERVICES: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    CLERK_SECRET_KEY: "",
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "",
  };
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)], { stdio: ["ignore", "ignore", "inherit"], env });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on("exit", () => ((exited = true), resolve())));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!exited) child.kill("SIGTERM");
    await exit;
    await s3.stop();
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, () => exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, env, stop };
}
