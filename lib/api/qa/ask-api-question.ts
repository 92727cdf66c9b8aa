import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { qaAccess } from "@/lib/qa/access";
import { askQuestion } from "@/lib/qa/ask-question";
import { getQuestionOrThrow } from "@/lib/qa/get-question-or-throw";
import { type QaQuestionDto, toQaQuestionDto } from "@/lib/qa/qa-question-dto";
import type { AskQuestionInput } from "@/lib/qa/schemas";
import { assertApiFeature } from "../assert-api-feature";
import { toApiQaActor } from "./to-api-qa-actor";

/**
 * An investor's question on a listed project through askQuestion, as the marketplace's form asks
 * it: the listing gate, linkable documents, the ally's response times, the event, the audit row
 * (as the key) and the ally's notice. Investors only.
 */
export async function askApiQuestion(actor: ApiKeyActor, input: AskQuestionInput): Promise<QaQuestionDto> {
  await assertApiFeature(actor, qaAccess.ask);
  const row = await askQuestion(await toApiQaActor(actor), input);
  return toQaQuestionDto((await getQuestionOrThrow(actor, row.id)).question);
}
