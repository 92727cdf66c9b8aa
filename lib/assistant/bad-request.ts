import { NextResponse } from "next/server";
import type { z } from "zod";

/** The assistant's routes answer bad input with 400 and the schema's own sentences, before anything is stored. */
export function badRequest(error: z.ZodError | string): NextResponse {
  const message = typeof error === "string" ? error : error.issues.map((issue) => issue.message).join(" ");
  return NextResponse.json({ error: { code: "VALIDATION", message } }, { status: 400 });
}

/** The request's JSON body, or null when it is not JSON (answered as a 400 by the caller). */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return null;
  }
}
