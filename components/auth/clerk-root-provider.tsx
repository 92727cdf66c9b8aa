import { headers } from "next/headers";
import type { ReactNode } from "react";
import { LazyClerkProvider } from "./lazy-clerk-provider";

/**
 * The root layout's Clerk provider in Clerk mode. Its client part loads on demand
 * (LazyClerkProvider), so this cannot be Clerk's server `<ClerkProvider dynamic>`; the two things
 * of it this app relies on are done here: the publishable key is read at run time (the browser
 * bundle only knows NEXT_PUBLIC_* values present at build time), and the scripts Clerk adds
 * (clerk-js from its CDN) carry this request's CSP nonce, which the proxy forwards as x-nonce.
 * Not carried over: the server-computed initial auth state (nothing here reads Clerk's hooks
 * during server rendering; the server decides who is signed in) and the other NEXT_PUBLIC_CLERK_*
 * settings, which the browser takes from the build.
 */
export async function ClerkRootProvider({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <LazyClerkProvider publishableKey={process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY} nonce={nonce}>
      {children}
    </LazyClerkProvider>
  );
}
