import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { listMemoSources } from "./get-memo-views";
import { renderMemoPdf } from "./render-memo-pdf";

/**
 * The memo of the tenant's org as a PDF, rendered from what is saved; the export is audited
 * (memo.exported) once the file is made. Another org's memo is a 404, an unwritten one a clear error.
 */
export async function exportMemoPdf(actor: Actor, memoId: string): Promise<{ bytes: Buffer; filename: string }> {
  const memo = await db.investmentMemo.findFirst({
    where: { id: memoId, orgId: actor.org.id },
    include: { project: { select: { name: true } }, org: { select: { name: true } } },
  });
  if (!memo) throw notFound("Memo");
  if (memo.content === "") throw new AppError("INVALID_TRANSITION", "This memo is still being written: export it once it is ready.");
  const sources = await listMemoSources(actor.org.id, memo.id, memo.projectId);
  const bytes = await renderMemoPdf({
    title: memo.title,
    projectName: memo.project.name,
    orgName: memo.org.name,
    updatedAt: memo.updatedAt,
    content: memo.content,
    sources,
  });
  await auditedWrite(actor, async (tx) => {
    await emit(tx, "memo.exported", { orgId: actor.org.id, projectId: memo.projectId, memoId: memo.id });
    return {
      result: null,
      audit: {
        action: "memo.exported",
        entityType: "InvestmentMemo",
        entityId: memo.id,
        changes: { before: null, after: { projectId: memo.projectId, title: memo.title, format: "pdf", bytes: bytes.length } },
      },
    };
  });
  const slug =
    memo.title
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "investment-memo";
  return { bytes, filename: `${slug}.pdf` };
}
