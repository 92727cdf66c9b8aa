/**
 * Changes the request headers that pages, actions and route handlers see after the proxy, on a
 * response that lets the request through (NextResponse.next() or a rewrite, Clerk's included).
 * This is the protocol NextResponse.next({ request: { headers } }) writes, merged with what is
 * already there, since Clerk's middleware writes its own headers the same way: the list in
 * x-middleware-override-headers is the complete set downstream sees, each value in
 * x-middleware-request-<name>. `null` removes a header.
 */
const OVERRIDE = "x-middleware-override-headers";
const PREFIX = "x-middleware-request-";

export function forwardRequestHeaders(response: Response, request: Request, changes: Record<string, string | null>): void {
  if (!response.headers.has("x-middleware-next") && !response.headers.has("x-middleware-rewrite")) return;
  let names = response.headers
    .get(OVERRIDE)
    ?.split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names) {
    names = [...request.headers.keys()];
    for (const [name, value] of request.headers) response.headers.set(PREFIX + name, value);
  }
  for (const [name, value] of Object.entries(changes)) {
    const key = name.toLowerCase();
    names = names.filter((existing) => existing !== key);
    if (value === null) response.headers.delete(PREFIX + key);
    else {
      names.push(key);
      response.headers.set(PREFIX + key, value);
    }
  }
  response.headers.set(OVERRIDE, names.join(","));
}
