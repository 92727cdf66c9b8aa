import { AppError } from "@/lib/errors/app-error";

export type AuthMode = "clerk" | "local";

/**
 * Clerk when its keys are configured; otherwise the local session with the seeded demo users.
 * Local mode is for development and tests: a production server refuses it unless AUTH_MODE=local
 * says so explicitly, and refuses AUTH_MODE=local when Clerk keys are configured too.
 */
export function getAuthMode(env: NodeJS.ProcessEnv = process.env): AuthMode {
  // Both configured: in production the demo sign-in would silently replace the real one.
  if (env.NODE_ENV === "production" && env.AUTH_MODE === "local" && isClerkConfigured(env)) {
    throw new AppError(
      "CONFIGURATION",
      "AUTH_MODE=local is set together with Clerk keys: in production the demo sign-in would replace Clerk. Remove AUTH_MODE=local to use Clerk, or unset CLERK_SECRET_KEY and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY.",
    );
  }
  if (env.AUTH_MODE === "clerk" || (env.AUTH_MODE !== "local" && isClerkConfigured(env))) {
    if (!isClerkConfigured(env)) {
      throw new AppError("CONFIGURATION", "AUTH_MODE=clerk needs CLERK_SECRET_KEY and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY.");
    }
    return "clerk";
  }
  if (env.NODE_ENV === "production" && env.AUTH_MODE !== "local") {
    throw new AppError(
      "CONFIGURATION",
      "No Clerk keys are configured and local sign-in is disabled in production. Configure Clerk, or set AUTH_MODE=local to allow the demo sign-in.",
    );
  }
  return "local";
}

export function isClerkConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.CLERK_SECRET_KEY && env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY);
}

/** Whether Clerk is the auth provider; unlike getAuthMode it never throws (layouts render at build time). */
export function usesClerk(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.AUTH_MODE === "clerk" || (env.AUTH_MODE !== "local" && isClerkConfigured(env));
}
