import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { qaAccess } from "@/lib/qa/access";
import { type ApiKeyAsker, askQuestion } from "@/lib/qa/ask-question";
import { getQuestionOrThrow } from "@/lib/qa/get-question-or-throw";
import { type QaQuestionDto, toQaQuestionDto } from "@/lib/qa/qa-question-dto";
import type { AskQuestionInput } from "@/lib/qa/schemas";
import { assertApiFeature } from "../assert-api-feature";

/** The key as an asker: its org's name (the ally's notice names it) and the user who created the key. */
async function toApiAsker(actor: ApiKeyActor): Promise<ApiKeyAsker> {
  const key = await db.apiKey.findFirstOrThrow({ where: { id: actor.apiKeyId, orgId: actor.org.id }, select: { createdBy: true, org: { select: { name: true } } } });
  return { ...actor, org: { ...actor.org, name: key.org.name }, askedBy: key.createdBy };
}

/**
 * An investor's question on a listed project through askQuestion, as the marketplace's form asks
 * it: the listing gate, linkable documents, the ally's response times, the event, the audit row
 * (as the key) and the ally's notice. Investors only.
 */
export async function askApiQuestion(actor: ApiKeyActor, input: AskQuestionInput): Promise<QaQuestionDto> {
  await assertApiFeature(actor, qaAccess.ask);
  const row = await askQuestion(await toApiAsker(actor), input);
  return toQaQuestionDto((await getQuestionOrThrow(actor, row.id)).question);
}
