import { type FactoryDb, uniqueSuffix } from "./types";

export type CreateDealRoomInput = { projectId: string; allyOrgId: string; createdBy: string; name?: string; investorOrgIds?: string[] };

/** A deal room on the ally's project with the given investor orgs invited (NDA accepted). */
export async function createDealRoom(db: FactoryDb, input: CreateDealRoomInput) {
  return db.dealRoom.create({
    data: {
      projectId: input.projectId,
      allyOrgId: input.allyOrgId,
      createdBy: input.createdBy,
      name: input.name ?? `Deal room ${uniqueSuffix()}`,
      members: { create: (input.investorOrgIds ?? []).map((orgId) => ({ orgId, invitedBy: input.createdBy, ndaAcceptedAt: new Date() })) },
    },
    include: { members: true },
  });
}

export type CreateQaQuestionInput = {
  orgId: string;
  projectId: string;
  askedBy: string;
  dealRoomId?: string;
  question?: string;
  category?: string;
  priority?: "urgent" | "high" | "normal" | "low";
  slaDeadline?: Date;
};

/** An investor's question, numbered after the project's last one. */
export async function createQaQuestion(db: FactoryDb, input: CreateQaQuestionInput) {
  const last = await db.qaQuestion.findFirst({ where: { projectId: input.projectId }, orderBy: { questionNumber: "desc" }, select: { questionNumber: true } });
  return db.qaQuestion.create({
    data: {
      orgId: input.orgId,
      projectId: input.projectId,
      askedBy: input.askedBy,
      dealRoomId: input.dealRoomId,
      questionNumber: (last?.questionNumber ?? 0) + 1,
      question: input.question ?? "Please share the latest financial model.",
      category: input.category ?? "financial",
      priority: input.priority ?? "normal",
      slaDeadline: input.slaDeadline ?? new Date(Date.now() + 5 * 86_400_000),
    },
  });
}
