import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { qaAccess } from "@/lib/qa/access";
import { closeQuestion } from "@/lib/qa/close-question";
import { getQuestionThread, type QaThread } from "@/lib/qa/get-question-thread";
import { assertApiFeature } from "../assert-api-feature";

/** Closes a question from either side, as the page's Close does (closeQuestion: 409 when already closed, event, audit row as the key). */
export async function closeApiQuestion(actor: ApiKeyActor, questionId: string): Promise<QaThread> {
  await assertApiFeature(actor, qaAccess.respond);
  await closeQuestion(actor, questionId);
  return getQuestionThread(actor, questionId);
}
