/**
 * Calling /api/v1 route handlers directly, as a program would: a key made through the app's own
 * createApiKey, a Bearer header, JSON in and out.
 */
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import type { ApiScope } from "@/lib/api-keys/scopes";
import type { Actor } from "@/lib/auth/actor";
import { db } from "./test-db";

export type ApiErrorBody = { error: { code: string; message: string; details: Record<string, unknown> | null } };
type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function issueApiKey(actor: Actor, scopes: ApiScope[]): Promise<string> {
  return (await createApiKey(actor, createApiKeySchema.parse({ name: "Test key", scopes }))).key;
}

export type ApiCall = { key: string; path: string; params?: Record<string, string>; json?: unknown; body?: BodyInit; headers?: Record<string, string> };

/** The handler's answer with its parsed JSON body. */
export async function callApi<T = unknown>(handler: RouteHandler, method: string, call: ApiCall): Promise<{ status: number; body: T; response: Response }> {
  const headers: Record<string, string> = { authorization: `Bearer ${call.key}`, ...call.headers };
  if (call.json !== undefined) headers["content-type"] = "application/json";
  const body = call.json !== undefined ? JSON.stringify(call.json) : call.body;
  const request = new Request(`http://localhost/api/v1${call.path}`, { method, headers, body, ...(body ? { duplex: "half" } : {}) } as RequestInit);
  const response = await handler(request, { params: Promise.resolve(call.params ?? {}) });
  const isJson = response.headers.get("content-type")?.startsWith("application/json");
  return { status: response.status, body: (isJson ? await response.clone().json() : null) as T, response };
}

/** The org's newest audit row for an action, with the principal that wrote it. */
export function latestAudit(orgId: string, action: string) {
  return db.auditLog.findFirst({ where: { orgId, action }, orderBy: { timestamp: "desc" }, include: { actor: true } });
}
