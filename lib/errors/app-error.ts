/**
 * The one error type whose message users may see. Anything else is logged and shown as a
 * generic message (see lib/errors/to-user-message.ts).
 */
export const APP_ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  STALE_WRITE: 409,
  INVALID_TRANSITION: 422,
  RATE_LIMITED: 429,
  BUDGET_EXCEEDED: 402,
  CONFIGURATION: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/** What a RATE_LIMITED error tells the client about its limit (lib/rate-limit), sent as Retry-After and RateLimit-* headers. */
export type RateLimitDetails = { limit: number; remaining: number; resetSeconds: number; retryAfterSeconds: number };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly rateLimit?: RateLimitDetails;

  constructor(code: AppErrorCode, message: string, options?: { fieldErrors?: Record<string, string[]>; cause?: unknown; rateLimit?: RateLimitDetails }) {
    super(message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options?.fieldErrors;
    this.rateLimit = options?.rateLimit;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

/**
 * By class, or by name and code: what is kept on globalThis (the rate limiter) throws the AppError of
 * whichever bundle made it first, another copy of the class than the catcher's in development.
 */
export function isAppError(error: unknown): error is AppError {
  if (error instanceof AppError) return true;
  return error instanceof Error && error.name === "AppError" && typeof (error as { code?: unknown }).code === "string" && (error as AppError).code in APP_ERROR_STATUS;
}

export const notFound = (entity = "Record") => new AppError("NOT_FOUND", `${entity} not found.`);
