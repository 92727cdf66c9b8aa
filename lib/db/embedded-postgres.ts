/**
 * The embedded default database: PGlite (Postgres compiled to WASM) served over the Postgres wire
 * protocol on a loopback port, so the app, Prisma and the migration engine use the same code path
 * as with a real server. Data lives under `.data/` and survives restarts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const EMBEDDED_DATA_DIR = path.resolve(".data/pglite");
const RUNTIME_FILE = path.resolve(".data/embedded-db.json");

export type EmbeddedPostgres = { url: string; stop(): Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** The URL of an embedded server another local process (e.g. `npm run dev`) already runs. */
export async function findRunningEmbeddedPostgres(): Promise<string | undefined> {
  if (!existsSync(RUNTIME_FILE)) return undefined;
  const { url, pid } = JSON.parse(readFileSync(RUNTIME_FILE, "utf8")) as { url: string; pid: number };
  const alive = (() => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  })();
  if (alive && (await canConnect(Number(new URL(url).port)))) return url;
  rmSync(RUNTIME_FILE, { force: true });
  return undefined;
}

export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number; inMemory?: boolean } = {}): Promise<EmbeddedPostgres> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const dataDir = options.inMemory ? undefined : (options.dataDir ?? EMBEDDED_DATA_DIR);
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  const port = options.port ?? (await freePort());
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 20 });
  await server.start();
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  const shared = !options.inMemory && dataDir === EMBEDDED_DATA_DIR;
  if (shared) writeFileSync(RUNTIME_FILE, JSON.stringify({ url, pid: process.pid }));
  return {
    url,
    async stop() {
      await server.stop();
      await db.close();
      if (shared) rmSync(RUNTIME_FILE, { force: true });
    },
  };
}
