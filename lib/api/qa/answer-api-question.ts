import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { qaAccess } from "@/lib/qa/access";
import { submitFinalAnswer } from "@/lib/qa/submit-final-answer";
import { assertApiFeature } from "../assert-api-feature";
import { toApiQaActor } from "./to-api-qa-actor";

/**
 * The project team's one final answer through submitFinalAnswer: the question's own side check (the
 * asker's side is refused), the waiting-question lock, linkable documents, the deadline verdict,
 * the event, the audit row (as the key) and the asker's notice.
 */
export async function answerApiQuestion(actor: ApiKeyActor, questionId: string, input: { content: string; linkedDocumentIds: string[] }) {
  await assertApiFeature(actor, qaAccess.respond);
  const answer = await submitFinalAnswer(await toApiQaActor(actor), { ...input, questionId });
  return { id: answer.id, questionId: answer.questionId, content: answer.content, linkedDocumentIds: input.linkedDocumentIds, createdAt: answer.createdAt.toISOString() };
}
