/**
 * The request around server actions and route handlers, for integration tests, written once:
 * who is signed in, where the request comes from, Next's cache calls, and requests to route
 * handlers. It replaces the block most action and route tests repeat:
 *
 *   let signedIn: Actor | null = null;
 *   vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
 *   useTestSession(() => signedIn);
 *   vi.mock("@/lib/auth/request-meta", ...);   vi.mock("next/cache", ...);
 *
 * Use: import it FIRST (its vi.mock calls must run before anything imports lib/auth), then load
 * the code under test with `await import(...)`, as the existing tests do:
 *
 *   import { callRoute, signIn } from "../support/mock-request-context";
 *   const { createFolderAction } = await import("@/lib/dataroom/actions");
 *   const { GET } = await import("@/app/api/projects/[projectId]/cover/route");
 *   beforeEach(() => signIn(null));
 *   signIn(actor);  await createFolderAction({ ... });
 *   await callRoute(GET, "/api/projects/[projectId]/cover", { params: { projectId } });
 *
 * Actions see TEST_REQUEST_META as the caller's IP and user agent (audit rows record them); route
 * handlers read theirs from the request's headers, which callRoute sets to the same values.
 * Do not combine with a test file's own vi.mock of the same modules: one of them would win.
 */
import { vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { useTestSession } from "./mock-session";

vi.mock("@/lib/auth/get-tenant-context", () => import("./mock-session"));
vi.mock("@/lib/auth/request-meta", async (original) => ({
  ...(await original<object>()),
  getRequestMeta: async () => ({ ...TEST_REQUEST_META }),
}));
// Outside a Next request there is no cache to revalidate; the real call would throw.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

export const TEST_REQUEST_META = { ipAddress: "198.51.100.7", userAgent: "vitest-request" } as const;

let signedIn: Actor | TenantContext | null = null;
useTestSession(() => signedIn);

/** Who the next action or route call runs as; null for nobody (a 401). */
export function signIn(actor: Actor | TenantContext | null): void {
  signedIn = actor;
}

export function signedInAs(): Actor | TenantContext | null {
  return signedIn;
}

export type RouteRequestInit = {
  method?: string;
  /** Values for the pattern's [segments], also handed to the handler as its params. */
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
  body?: BodyInit | null;
};

/** "/api/projects/[projectId]/cover" with { projectId } -> a Request for http://localhost/api/projects/<id>/cover. */
export function routeRequest(pattern: string, init: RouteRequestInit = {}): Request {
  const pathname = pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = init.params?.[name];
    if (value === undefined) throw new Error(`routeRequest: no value for [${name}] in ${pattern}`);
    return encodeURIComponent(value);
  });
  const url = new URL(pathname, "http://localhost");
  for (const [key, value] of Object.entries(init.query ?? {})) if (value !== undefined) url.searchParams.set(key, value);
  const hasBody = init.body !== undefined && init.body !== null;
  return new Request(url, {
    method: init.method ?? "GET",
    headers: { "user-agent": TEST_REQUEST_META.userAgent, "x-forwarded-for": TEST_REQUEST_META.ipAddress, ...init.headers },
    ...(hasBody ? { body: init.body, duplex: "half" } : {}),
  } as RequestInit);
}

type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Response | Promise<Response>;

/** Calls a route handler as Next does: the request, and its params as a promise. */
export async function callRoute<P extends Record<string, string>>(
  handler: RouteHandler<P>,
  pattern: string,
  init: RouteRequestInit & { params?: P } = {},
): Promise<Response> {
  return handler(routeRequest(pattern, init), { params: Promise.resolve((init.params ?? {}) as P) });
}
