import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { qaAccess } from "@/lib/qa/access";
import { getQuestionThread, type QaThread } from "@/lib/qa/get-question-thread";
import { assertApiFeature } from "../assert-api-feature";

/**
 * A question with its answers as the question page shows them to the key's side (getQuestionThread:
 * the asker's org only the final answer, the project's team its drafts and their citations too);
 * a question of neither side is a 404.
 */
export async function getApiQuestion(actor: ApiKeyActor, questionId: string): Promise<QaThread> {
  await assertApiFeature(actor, qaAccess.read);
  return getQuestionThread(actor, questionId);
}
