import { callRoute, signIn } from "../support/mock-request-context";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AUDIT_SENTENCES } from "@/lib/audit/audit-sentences";
import { describeAuditEntry } from "@/lib/audit/describe-audit-entry";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import { sentenceText } from "@/lib/audit/sentence-parts";
import { toTextExtractionRecord } from "@/lib/dataroom/extraction/text-extraction-record";
import { createDocument } from "@/prisma/factories";
import { drainJobs } from "../support/job-worker";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { generateMemoAction, saveMemoAction } = await import("@/lib/investment-memos/actions");
const { screenProject } = await import("@/lib/deal-screening/screen-project");
const { addToPipeline } = await import("@/lib/pipeline/add-to-pipeline");
const { GET: getPdf } = await import("@/app/api/investment-memos/[memoId]/pdf/route");

const log = async (reader: Actor) =>
  (await listAuditLogs(reader, { page: 1, pageSize: 100 })).rows.map((row) => sentenceText(row.sentence)).filter((s) => /memo/i.test(s));

describe("investment memos in the audit log", () => {
  it("has a sentence for every action lib/investment-memos audits", () => {
    const dir = path.join(import.meta.dirname, "../../lib/investment-memos");
    const actions = readdirSync(dir)
      .filter((file) => /\.tsx?$/.test(file))
      .flatMap((file) => readFileSync(path.join(dir, file), "utf8").split("\n"))
      .filter((line) => /\baction: /.test(line))
      .flatMap((line) => [...line.matchAll(/"(memo\.[a-z_]+)"/g)].map((m) => m[1]!));
    expect(actions).toEqual(expect.arrayContaining(["memo.requested", "memo.generated", "memo.failed", "memo.updated", "memo.exported"]));
    expect(actions.filter((code) => !(code in AUDIT_SENTENCES))).toEqual([]);
  });

  it("says who asked for, wrote, edited and exported which memo of which project", async () => {
    const ally = await createTenant({ type: "ALLY", role: "admin" });
    const investor = await createTenant({ type: "INVESTOR", role: "manager" });
    const project = await createTenantProject(ally, { isPublished: true, name: `Lodwar Solar ${ally.org.id.slice(0, 6)}` });
    const document = await createDocument(db, { orgId: ally.org.id, uploadedBy: ally.user.id, projectId: project.id, name: "PPA.pdf" });
    await db.document.update({ where: { id: document.id }, data: { classification: "PUBLIC" } });
    await db.documentExtraction.create({
      data: {
        documentId: document.id,
        extractionType: "TEXT",
        status: "COMPLETED",
        ...toTextExtractionRecord([{ page: 1, text: "The power purchase agreement with Kenya Power was signed for a term of 20 years." }]),
      },
    });
    const entry = await addToPipeline(investor, { projectId: project.id, stage: "diligence", reason: "Fits" });
    await screenProject(investor, project.id);
    await drainJobs();
    signIn(investor);
    const memoId = (await generateMemoAction({ entryId: entry.id })).data!.memoId;
    await drainJobs();
    const memo = await db.investmentMemo.findUniqueOrThrow({ where: { id: memoId } });
    await saveMemoAction({ memoId, title: "IC memo", content: memo.content, expectedUpdatedAt: memo.updatedAt.toISOString() });
    expect((await callRoute(getPdf, "/api/investment-memos/[memoId]/pdf", { params: { memoId } })).status).toBe(200);

    const me = investor.user.fullName;
    const sources = await db.citation.count({ where: { aiOutputType: "InvestmentMemo", aiOutputId: memoId } });
    expect(await log(investor)).toEqual([
      `${me} exported “IC memo” of ${project.name} as a PDF`,
      `${me} edited “IC memo” of ${project.name} and renamed it from “Investment memo: ${project.name}”`,
      `The memo job wrote “Investment memo: ${project.name}” of ${project.name} from version 1 of its deal screen: 7 sections, ${sources} source${sources === 1 ? "" : "s"}`,
      `${me} asked for an investment memo of ${project.name} from version 1 of its deal screen`,
    ]);
    expect(await log(ally)).toEqual([]);
  });

  it("reads a failure, and an entry whose project is gone, without failing", () => {
    const say = (action: string, after: Record<string, unknown>) =>
      sentenceText(describeAuditEntry({ action, entityType: "InvestmentMemo", actor: null, entity: null, before: null, after: after as never, ref: () => null }));
    expect(say("memo.failed", { error: "The project is no longer listed on the marketplace, so no memo can be written from it." })).toBe(
      "The memo job could not write an investment memo of a project: The project is no longer listed on the marketplace, so no memo can be written from it.",
    );
    expect(say("memo.exported", {})).toBe("The system exported an investment memo of a project as a PDF");
  });
});
