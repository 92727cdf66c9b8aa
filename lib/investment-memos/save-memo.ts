import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { markdownToSections, memoSummary } from "./memo-sections";
import type { SaveMemoInput } from "./schemas";

const staleMemo = () => new AppError("STALE_WRITE", "Someone else saved this memo since you opened it. Copy your text, reload to see their version, and save again.");

/**
 * Saves the editor: the title and the markdown exactly as typed (a <script> in it is text, kept;
 * the preview and the PDF never run it), with the sections cut from its headings and the summary
 * from its first paragraph. The write is conditional on the updated_at the editor loaded, so a save
 * over someone else's newer change writes nothing and says so (STALE_WRITE). A memo still being
 * written cannot be saved over.
 */
export async function saveInvestmentMemo(actor: Actor, input: SaveMemoInput): Promise<{ id: string; updatedAt: string }> {
  const current = await db.investmentMemo.findFirst({ where: { id: input.memoId, orgId: actor.org.id } });
  if (!current) throw notFound("Memo");
  if (current.content === "") throw new AppError("INVALID_TRANSITION", "This memo is still being written: wait until it is ready, then edit it.");
  const loaded = new Date(input.expectedUpdatedAt);
  if (current.updatedAt.getTime() !== loaded.getTime()) throw staleMemo();
  const sections = markdownToSections(input.content);
  return auditedWrite(actor, async (tx) => {
    const { count } = await tx.investmentMemo.updateMany({
      where: { id: current.id, orgId: actor.org.id, updatedAt: loaded, NOT: { content: "" } },
      data: { title: input.title, content: input.content, sections, summary: memoSummary(sections) },
    });
    if (count === 0) throw (await tx.investmentMemo.count({ where: { id: current.id, orgId: actor.org.id } })) ? staleMemo() : notFound("Memo");
    const saved = await tx.investmentMemo.findFirstOrThrow({ where: { id: current.id, orgId: actor.org.id }, select: { updatedAt: true } });
    await emit(tx, "memo.updated", { orgId: actor.org.id, projectId: current.projectId, memoId: current.id });
    return {
      result: { id: current.id, updatedAt: saved.updatedAt.toISOString() },
      audit: {
        action: "memo.updated",
        entityType: "InvestmentMemo",
        entityId: current.id,
        changes: {
          before: { projectId: current.projectId, title: current.title, characters: current.content.length },
          after: { projectId: current.projectId, title: input.title, characters: input.content.length, sections: sections.length },
        },
      },
    };
  });
}
