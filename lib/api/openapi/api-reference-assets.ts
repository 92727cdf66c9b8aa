import { readFile } from "node:fs/promises";
import path from "node:path";

/** Swagger UI's files, served from the installed package by our own route so the page makes no outside request. */
const SWAGGER_UI_FILES = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
} as const;

/**
 * The page's own start script. A file rather than an inline script, so the page's policy can allow
 * scripts from this origin only. validatorUrl null: Swagger UI would otherwise send the document to
 * validator.swagger.io for its badge.
 */
const START_SCRIPT = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
`;

export const API_REFERENCE_ASSETS = [...Object.keys(SWAGGER_UI_FILES), "start.js"] as const;

/** The directory next.config.ts traces into the build, so the files are there in production too. */
export const SWAGGER_UI_DIR = path.join(process.cwd(), "node_modules", "swagger-ui-dist");

/** One asset of the reference page, or null for a name that is not one. */
export async function readApiReferenceAsset(name: string): Promise<{ body: Uint8Array<ArrayBuffer> | string; contentType: string } | null> {
  if (name === "start.js") return { body: START_SCRIPT, contentType: "text/javascript; charset=utf-8" };
  if (!Object.hasOwn(SWAGGER_UI_FILES, name)) return null;
  const file = name as keyof typeof SWAGGER_UI_FILES;
  return { body: new Uint8Array(await readFile(path.join(SWAGGER_UI_DIR, file))), contentType: SWAGGER_UI_FILES[file] };
}
