import { NextResponse } from "next/server";
import { listApiProjects } from "@/lib/api/projects/list-api-projects";
import { listApiProjectsQuerySchema } from "@/lib/api/projects/schemas";
import { parseApiQuery } from "@/lib/api/parse-api-query";
import { withApiKey } from "@/lib/api/with-api-key";

/** The key's org's projects, newest first: `?cursor&limit&status&stage&projectType&q`. */
export const GET = withApiKey({ scope: "projects:read" }, async (request, { actor }) =>
  NextResponse.json(await listApiProjects(actor, parseApiQuery(listApiProjectsQuerySchema, request))),
);
