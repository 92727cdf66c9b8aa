import { db } from "@/lib/db/client";
import { qaSideWhere } from "./list-questions";

/** The projects the org's questions are about, for the Q&A table's project filter: only ones with questions. */
export async function listQuestionProjects(scope: Parameters<typeof qaSideWhere>[0]): Promise<{ id: string; name: string }[]> {
  return db.project.findMany({
    where: { qaQuestions: { some: qaSideWhere(scope) } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
