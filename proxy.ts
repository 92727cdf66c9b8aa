import { clerkMiddleware } from "@clerk/nextjs/server";
import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { type AuthMode, getAuthMode } from "@/lib/auth/auth-mode";
import { LOCAL_SESSION_COOKIE, verifyLocalSession } from "@/lib/auth/local-session";
import { isPublicPath } from "@/lib/auth/public-paths";
import { secureProxyResponse } from "@/lib/security/secure-proxy-response";

/**
 * Resolves the session before any page or route runs: Clerk when configured, the local signed
 * cookie otherwise. The tenant itself is resolved from the database by the page or action.
 * Every answer carries the security headers, pages a per-request nonce CSP (secureProxyResponse).
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  let mode: AuthMode;
  try {
    mode = getAuthMode();
  } catch (error) {
    return secureProxyResponse(request, new NextResponse((error as Error).message, { status: 500 }));
  }
  const response = mode === "clerk" ? await clerkProxy()(request, event) : await localProxy(request);
  return secureProxyResponse(request, response ?? NextResponse.next());
}

async function localProxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublicPath(pathname)) return NextResponse.next();
  const userId = await verifyLocalSession(request.cookies.get(LOCAL_SESSION_COOKIE)?.value);
  if (userId) return NextResponse.next();
  return unauthenticated(request, pathname + search);
}

function unauthenticated(request: NextRequest, returnTo: string) {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in first." } }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.url);
  if (returnTo !== "/") signIn.searchParams.set("next", returnTo);
  const response = NextResponse.redirect(signIn);
  response.cookies.delete(LOCAL_SESSION_COOKIE);
  return response;
}

let clerkHandler: NextMiddleware | undefined;

function clerkProxy() {
  // jwtKey is passed explicitly: clerkMiddleware does not read CLERK_JWT_KEY by itself, and with it
  // session tokens verify with no network call. The secret and publishable keys come from the
  // environment (passing them as options would require CLERK_ENCRYPTION_KEY).
  clerkHandler ??= clerkMiddleware(
    async (auth, request) => {
      // Not Clerk's createRouteMatcher: it is deprecated and warns on every start, even in local mode.
      if (isPublicPath(request.nextUrl.pathname)) return;
      const { userId } = await auth();
      if (!userId) return unauthenticated(request, request.nextUrl.pathname + request.nextUrl.search);
    },
    {
      jwtKey: process.env.CLERK_JWT_KEY,
      authorizedParties: process.env.CLERK_AUTHORIZED_PARTIES?.split(",").map((party) => party.trim()),
    },
  );
  return clerkHandler;
}

export const config = {
  // The upload route is left out: Next buffers the body of every request the proxy runs on (and
  // caps it at 10 MB), while uploads must stream. That route verifies the session itself.
  matcher: ["/((?!api/dataroom/upload|_next/static|_next/image|favicon.ico|.*\\.(?:png|jpg|jpeg|svg|webp|ico|webmanifest|css|js|map)$).*)"],
};
