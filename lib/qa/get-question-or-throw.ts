import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-db-client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/** Which side of a question an org is on: the investor that asked, or the ally whose project it is. */
export type QaSide = "investor" | "ally";

const questionInclude = {
  project: { select: { id: true, name: true, orgId: true, org: { select: { name: true } }, marketplaceSettings: true } },
  org: { select: { name: true } },
  askedByUser: { select: { id: true, fullName: true } },
  assignee: { select: { id: true, fullName: true } },
} as const;

/**
 * A question seen by one of its two orgs, with that org's side. Anyone else (another investor,
 * another ally, an unknown or malformed id) gets the same 404: questions of one investor are
 * never shown to another.
 */
export async function getQuestionOrThrow(scope: { org: Pick<TenantContext["org"], "id"> }, questionId: string, client: Tx = db) {
  const question = looksLikeUuid(questionId)
    ? await client.qaQuestion.findFirst({
        where: { id: questionId, OR: [{ orgId: scope.org.id }, { project: { orgId: scope.org.id } }] },
        include: questionInclude,
      })
    : null;
  if (!question) throw notFound("Question");
  const side: QaSide = question.project.orgId === scope.org.id ? "ally" : "investor";
  return { question, side };
}

export type ScopedQuestion = Awaited<ReturnType<typeof getQuestionOrThrow>>["question"];
