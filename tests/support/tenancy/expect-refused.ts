/**
 * One tenancy call and what must hold for it: the attacker gets the expected refusal (NOT_FOUND
 * unless the case says otherwise and why), ids that exist nowhere get the very same answer (so
 * the answer reveals nothing), and no org's rows changed.
 */
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { APP_ERROR_STATUS, type AppErrorCode } from "@/lib/errors/app-error";
import { callRoute } from "../mock-request-context";
import type { RouteEntry } from "./list-entry-points";

export type Side = "ally" | "investor";
/** Who calls (default: the case's `as`), and the answer when it is not NOT_FOUND, with the reason. */
export type Expectation = { as?: Side; code?: AppErrorCode; because?: string };
export type ActionCall = Expectation & { input: Record<string, unknown> };
export type RouteCall = Expectation & {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
};

export type RefusalContext = {
  /** Every id the victims own, and every id of the whole world (victims and attackers). */
  victimIds: Set<string>;
  worldIds: Set<string>;
  signInAs: (side: Side) => void;
  snapshot: () => Promise<unknown>;
  /** False where ids travel inside a credential (a share token) rather than in the call itself. */
  checkIds: boolean;
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const SUCCEEDED = "(none: the call went through)";

const uuidsIn = (call: object) => JSON.stringify({ ...call, body: undefined }).match(UUID) ?? [];

/** The same call with each of the victim's ids replaced by one that exists nowhere. */
function withUnknownIds<T extends object>(call: T, victimIds: Set<string>): T {
  const fresh = new Map<string, string>();
  const swapId = (id: string) => (victimIds.has(id) ? (fresh.get(id) ?? fresh.set(id, randomUUID()).get(id)!) : id);
  const swap = (value: unknown): unknown => {
    if (typeof value === "string") return value.replace(UUID, swapId);
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === "object" && !(value instanceof Uint8Array)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
    return value;
  };
  return swap(call) as T;
}

export async function expectRefused<C extends Expectation>(call: C, as: Side, invoke: (call: C) => Promise<unknown>, context: RefusalContext) {
  if (context.checkIds) {
    const ids = uuidsIn(call);
    expect(
      ids.filter((id) => !context.worldIds.has(id)),
      "ids the world does not hold",
    ).toEqual([]);
    expect(
      ids.some((id) => context.victimIds.has(id)),
      "the call names none of the victim's ids",
    ).toBe(true);
  }
  context.signInAs(call.as ?? as);
  const before = await context.snapshot();
  const answer = await invoke(call);
  expect(answer).toMatchObject({ code: call.code ?? "NOT_FOUND" });
  if (context.checkIds) expect(await invoke(withUnknownIds(call, context.victimIds)), "the answer for ids that exist nowhere").toEqual(answer);
  expect(await context.snapshot(), "rows changed although the call was refused").toEqual(before);
}

/** A next-safe-action result as the refusal it carries (or what went through instead). */
export async function actionAnswer(action: (input: unknown) => Promise<unknown>, input: unknown) {
  const result = (await action(input)) as { data?: unknown; serverError?: unknown; validationErrors?: unknown };
  expect(result.validationErrors, "the input must be valid, so that only the tenant check can refuse it").toBeUndefined();
  return result.serverError ?? { code: SUCCEEDED, data: result.data };
}

type RouteHandler = Parameters<typeof callRoute>[0];

/** A route's JSON error, its status checked against the code (or what went through instead). */
export async function routeAnswer(handler: RouteHandler, entry: RouteEntry, call: RouteCall) {
  const headers = { ...call.headers, ...(call.body ? { "content-length": String(call.body.length) } : {}) };
  const response = await callRoute(handler, entry.pathPattern, { method: entry.exportName, params: call.params, query: call.query, body: call.body, headers });
  const text = await response.text();
  const isJson = response.headers.get("content-type")?.startsWith("application/json");
  const error = isJson ? (JSON.parse(text) as { error?: { code: AppErrorCode } }).error : undefined;
  if (!error) return { code: SUCCEEDED, status: response.status, body: text.slice(0, 200) };
  expect(response.status).toBe(APP_ERROR_STATUS[error.code]);
  return error;
}
