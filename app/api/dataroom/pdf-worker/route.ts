import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * pdfjs's worker script for the in-browser viewer, served from the installed package so its
 * version always matches the viewer's pdfjs (a mismatch refuses to load) whatever the bundler does.
 */
export async function GET() {
  const source = await readFile(path.join(process.cwd(), "node_modules/pdfjs-dist/build/pdf.worker.min.mjs"));
  return new Response(source, {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "private, max-age=86400" },
  });
}
