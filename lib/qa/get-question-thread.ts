import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { listingVisibility } from "@/lib/marketplace/get-listed-project-or-throw";
import { listedDocumentsWhere } from "@/lib/marketplace/list-listed-documents";
import { getQuestionOrThrow, type QaSide, type ScopedQuestion } from "./get-question-or-throw";
import { type QaQuestionDto, qaQuestionDtoInclude, toQaQuestionDto } from "./qa-question-dto";
import { roomDocumentIdsOpenToAsker } from "./room-documents-open-to-asker";

export type QaCitationDto = { number: number; documentId: string | null; documentName: string | null; pageNumber: number | null; excerpt: string | null };

export type QaAnswerDto = {
  id: string;
  content: string;
  isFinal: boolean;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  linkedDocuments: { id: string; name: string }[];
  citations: QaCitationDto[];
};

export type QaThread = { side: QaSide; question: QaQuestionDto; linkedDocuments: { id: string; name: string }[]; answers: QaAnswerDto[] };

/**
 * A question with what its viewer may see of the answers: the investor only the final answer,
 * the project's team its drafts too (AI drafts with their citations to document pages).
 */
export async function getQuestionThread(scope: { org: Pick<TenantContext["org"], "id"> }, questionId: string): Promise<QaThread> {
  const { question, side } = await getQuestionOrThrow(scope, questionId);
  const [full, answers] = await Promise.all([
    db.qaQuestion.findUniqueOrThrow({ where: { id: question.id }, include: qaQuestionDtoInclude }),
    db.qaAnswer.findMany({
      where: { questionId: question.id, ...(side === "investor" ? { isFinal: true } : {}) },
      orderBy: [{ isFinal: "desc" }, { updatedAt: "desc" }],
      include: { answeredByUser: { select: { fullName: true } } },
    }),
  ]);
  const documentIds = [...new Set([...question.linkedDocuments, ...answers.flatMap((a) => a.linkedDocuments)])];
  const [documents, citations] = await Promise.all([
    documentIds.length
      ? db.document.findMany({ where: { AND: [await linkedDocumentsWhere(question, side), { id: { in: documentIds } }] }, select: { id: true, name: true } })
      : [],
    // Citations belong to AI drafts, which only the team sees; their excerpts may come from documents the investor is not cleared for.
    answers.length && side === "ally"
      ? db.citation.findMany({
          where: { aiOutputType: "QaAnswer", aiOutputId: { in: answers.map((a) => a.id) }, orgId: question.project.orgId },
          orderBy: { citationNumber: "asc" },
          include: { document: { select: { name: true } } },
        })
      : [],
  ]);
  const nameOf = new Map(documents.map((d) => [d.id, d.name]));
  const linked = (ids: string[]) => ids.flatMap((id) => (nameOf.has(id) ? [{ id, name: nameOf.get(id)! }] : []));
  return {
    side,
    question: toQaQuestionDto(full),
    linkedDocuments: linked(question.linkedDocuments),
    answers: answers.map((answer) => ({
      id: answer.id,
      content: answer.content,
      isFinal: answer.isFinal,
      authorName: answer.answeredByUser.fullName,
      createdAt: answer.createdAt.toISOString(),
      updatedAt: answer.updatedAt.toISOString(),
      linkedDocuments: linked(answer.linkedDocuments),
      citations: citations
        .filter((c) => c.aiOutputId === answer.id)
        .map((c) => ({ number: c.citationNumber, documentId: c.documentId, documentName: c.document?.name ?? null, pageNumber: c.pageNumber, excerpt: c.excerpt })),
    })),
  };
}

/**
 * The linked documents a side may see named: the project's team all its live ones; the investor
 * only those still on the listing or open to it in the question's deal room (a document
 * reclassified after it was linked, or a room that closed, drops out, name and all).
 */
async function linkedDocumentsWhere(question: ScopedQuestion, side: QaSide): Promise<Prisma.DocumentWhereInput> {
  if (side === "ally") return { projectId: question.project.id, isDeleted: false };
  const listed = listingVisibility(question.project).showDocuments ? [listedDocumentsWhere(question.project)] : [];
  const inRoom = await roomDocumentIdsOpenToAsker(question);
  return { OR: [...listed, { id: { in: inRoom } }] };
}
