"use client";

import dynamic from "next/dynamic";

/**
 * Clerk's provider (and with it @clerk/nextjs's client code, ~50 KB gzip) in its own chunk,
 * fetched only when this renders, which is only in Clerk mode (ClerkRootProvider). Imported
 * from a server component instead, it would sit in every route's first-load JavaScript: the
 * bundler attributes the client components a server module can reach to the route, whether or
 * not they render (and an await import() on the server does not change that under Turbopack).
 */
export const LazyClerkProvider = dynamic(() => import("@clerk/nextjs").then((clerk) => clerk.ClerkProvider));
