import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * maplibre's web worker, served from the installed package: its ESM build loads the worker from
 * a URL (`setWorkerUrl`), which the bundler does not emit. Versioned by the caller's `?v=`, so it
 * is cached for good.
 */
export async function GET() {
  const file = path.join(process.cwd(), "node_modules", "maplibre-gl", "dist", "maplibre-gl-worker.mjs");
  return new Response(await readFile(file), {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=31536000, immutable" },
  });
}
