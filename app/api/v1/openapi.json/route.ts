import { NextResponse } from "next/server";
import { getOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";

/** The API's OpenAPI 3.1 document: public (it describes the API, holds no data), built once per process. */
export function GET() {
  return NextResponse.json(getOpenApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
