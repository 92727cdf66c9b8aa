import { LazyClerkSignIn } from "./lazy-clerk-sign-in";

/** Clerk's hosted component; hash routing so this single page needs no catch-all route. */
export function ClerkSignIn({ next }: { next?: string }) {
  return (
    <div className="grid gap-6">
      <div className="grid gap-1.5">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-sm text-muted-foreground">Sign in with your work account. Your organisation and role come from your Clerk organisation membership.</p>
      </div>
      <LazyClerkSignIn routing="hash" forceRedirectUrl={next ?? "/dashboard"} />
    </div>
  );
}
