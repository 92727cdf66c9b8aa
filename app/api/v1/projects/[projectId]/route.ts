import { NextResponse } from "next/server";
import { getApiProject } from "@/lib/api/projects/get-api-project";
import { withApiKey } from "@/lib/api/with-api-key";

/** One project of the key's org; another org's id is a 404. */
export const GET = withApiKey<{ projectId: string }>({ scope: "projects:read" }, async (_request, { actor, params }) =>
  NextResponse.json({ data: await getApiProject(actor, params.projectId) }),
);
