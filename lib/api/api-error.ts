import { AppError, type AppErrorCode } from "@/lib/errors/app-error";

export type ApiErrorDetails = Record<string, unknown>;

/**
 * An AppError that carries the `details` of the API's error shape (the scope a key lacks, the
 * query fields that failed), and a status of its own where HTTP has a more exact one than the
 * code's usual: a malformed query string is a 400, while a form's invalid input stays a 422.
 */
export class ApiError extends AppError {
  readonly details: ApiErrorDetails;
  readonly #status: number | undefined;

  constructor(code: AppErrorCode, message: string, details: ApiErrorDetails, options: { status?: number } = {}) {
    super(code, message);
    this.details = details;
    this.#status = options.status;
  }

  override get status(): number {
    return this.#status ?? super.status;
  }
}

export const missingScope = (scope: string) => new ApiError("FORBIDDEN", `This key lacks the ${scope} scope.`, { missingScope: scope });
