/**
 * Uploads a file through the real upload route as `ally`, runs its processing jobs, and returns the
 * new document's id. For tests that import ./mock-request-context first (its mocks must be in place
 * before the route loads, hence the import inside).
 */
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { uploadRequest } from "./dataroom-routes";
import { drainJobs } from "./job-worker";
import { signIn } from "./mock-request-context";

export async function uploadAs(ally: Actor, query: Record<string, string | undefined>, content: string | Uint8Array): Promise<string> {
  const { PUT } = await import("@/app/api/dataroom/upload/route");
  signIn(ally);
  const response = await PUT(uploadRequest(query, typeof content === "string" ? new TextEncoder().encode(content) : content));
  expect(response.status).toBe(201);
  const { document } = (await response.json()) as { document: { id: string } };
  await drainJobs();
  signIn(null);
  return document.id;
}
