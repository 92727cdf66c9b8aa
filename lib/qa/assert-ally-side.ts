import { AppError } from "@/lib/errors/app-error";
import type { QaSide } from "./get-question-or-throw";

/** Answers, drafts and assignment are the project team's; the investor who asked gets a clear refusal. */
export function assertAllySide(side: QaSide, what: string): void {
  if (side !== "ally") throw new AppError("FORBIDDEN", `Only the project's team can ${what}.`);
}
