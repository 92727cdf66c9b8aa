import { readdirSync } from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS } from "@/lib/api/api-operations";
import { listValueExports, REPO_ROOT } from "../support/tenancy/list-entry-points";

const { GET: getOpenApiJson } = await import("@/app/api/v1/openapi.json/route");
const { GET: getReferencePage } = await import("@/app/api/v1/docs/route");
const { GET: getReferenceAsset } = await import("@/app/api/v1/docs/[asset]/route");

const HTTP_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
const API_ROOT = "app/api/v1";
/** Routes that serve the reference itself, not an operation of the API. */
const REFERENCE_ROUTES = [/^\/openapi\.json$/, /^\/docs(\/|$)/];

/** Every route.ts under app/api/v1, as `METHOD /path/{param}` for each HTTP method it exports. */
function listServedOperations(): string[] {
  const served: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })) {
      const child = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (/^route\.tsx?$/.test(entry.name)) {
        const apiPath = `/${dir.slice(API_ROOT.length + 1)}`.replace(/\[([^\]]+)\]/g, "{$1}");
        if (REFERENCE_ROUTES.some((pattern) => pattern.test(apiPath))) continue;
        for (const name of listValueExports(child).filter((n) => HTTP_METHODS.has(n))) served.push(`${name} ${apiPath}`);
      }
    }
  };
  walk(API_ROOT);
  return served.sort();
}

type Document = { paths: Record<string, Record<string, { operationId: string; "x-required-scope": string; responses: Record<string, unknown> }>> };

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document, served without a key", async () => {
    const response = await getOpenApiJson();
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.info).toMatchObject({ title: "SCR Platform API", version: "1.0.0" });
    expect(document.servers).toEqual([{ url: "/api/v1", description: expect.any(String) }]);
    expect(document.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
    const result = await validate(structuredClone(document));
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("describes every operation of the registry with its scope, its success and every refusal", async () => {
    const document = (await (await getOpenApiJson()).json()) as Document;
    expect(new Set(API_OPERATIONS.map((op) => op.id)).size, "operation ids are unique").toBe(API_OPERATIONS.length);
    for (const operation of API_OPERATIONS) {
      const described = document.paths[operation.path]?.[operation.method.toLowerCase()];
      expect(described, `${operation.method} ${operation.path}`).toBeDefined();
      expect(described!.operationId).toBe(operation.id);
      expect(described!["x-required-scope"]).toBe(operation.scope);
      const statuses = Object.keys(described!.responses);
      expect(statuses).toEqual(expect.arrayContaining([String(operation.successStatus ?? 200), "400", "401", "403", "404", "422", "429"]));
    }
    const errorBody = (document as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas.Error;
    expect(errorBody).toMatchObject({ type: "object", required: ["error"] });
  });

  it("has a description for every method every route under app/api/v1 serves, and no description without a route", () => {
    const described = API_OPERATIONS.map((op) => `${op.method} ${op.path}`).sort();
    const served = listServedOperations();
    expect(served.length).toBeGreaterThan(0);
    expect(
      served.filter((entry) => !described.includes(entry)),
      "add an operation to lib/api/api-operations.ts for these routes",
    ).toEqual([]);
    expect(
      described.filter((entry) => !served.includes(entry)),
      "these operations have no route",
    ).toEqual([]);
  });
});

describe("GET /api/v1/docs", () => {
  const asset = (name: string) => getReferenceAsset(new Request(`http://localhost/api/v1/docs/${name}`), { params: Promise.resolve({ asset: name }) });

  it("is a page that loads every script and style from this origin, under a policy that allows no other", async () => {
    const response = getReferencePage();
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self';");
    const html = await response.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources).toEqual(["/api/v1/docs/swagger-ui.css", "/api/v1/openapi.json", "/api/v1/docs/swagger-ui-bundle.js", "/api/v1/docs/start.js"]);
  });

  it("serves Swagger UI's files from the installed package with their types, the start script pointing at the document, and 404 for any other name", async () => {
    const script = await asset("swagger-ui-bundle.js");
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await script.text()).length).toBeGreaterThan(1_000_000);
    const css = await asset("swagger-ui.css");
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await css.text()).toContain(".swagger-ui");
    const start = await (await asset("start.js")).text();
    expect(start).toContain('url: "/api/v1/openapi.json"');
    expect(start).toContain("validatorUrl: null");
    for (const name of ["package.json", "..%2Fpackage.json", "index.html"]) expect((await asset(name)).status, name).toBe(404);
  });
});
