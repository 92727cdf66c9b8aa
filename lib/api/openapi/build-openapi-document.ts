import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { API_OPERATIONS } from "../api-operations";
import type { ApiOperation } from "../define-api-operation";
import { API_REFERENCE_DESCRIPTION } from "./api-reference-text";
import { API_RESPONSE_COMPONENTS } from "./api-response-components";
import { describeApiOperation } from "./describe-api-operation";

type OpenApiDocument = ReturnType<typeof createDocument>;

function pathsOf(operations: readonly ApiOperation[]): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of operations) {
    const item = (paths[operation.path] ??= {});
    item[operation.method.toLowerCase() as "get"] = describeApiOperation(operation);
  }
  return paths;
}

/** The OpenAPI 3.1 document of the public API, generated from the same operations the routes run. */
export function buildOpenApiDocument(operations: readonly ApiOperation[] = API_OPERATIONS): OpenApiDocument {
  return createDocument({
    openapi: "3.1.0",
    info: { title: "SCR Platform API", version: "1.0.0", description: API_REFERENCE_DESCRIPTION },
    servers: [{ url: "/api/v1", description: "This deployment" }],
    tags: [...new Set(operations.map((operation) => operation.tag))].map((name) => ({ name })),
    security: [{ apiKey: [] }],
    paths: pathsOf(operations),
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", bearerFormat: "scr_…", description: "An API key of your organisation: `Authorization: Bearer scr_…`." },
      },
      ...API_RESPONSE_COMPONENTS,
    },
  });
}

let cached: OpenApiDocument | undefined;

/** Built once per server process: the operations are fixed at build time, so the document is too. */
export function getOpenApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
