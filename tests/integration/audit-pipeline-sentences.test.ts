import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AUDIT_SENTENCES } from "@/lib/audit/audit-sentences";
import { describeAuditEntry } from "@/lib/audit/describe-audit-entry";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import type { AuditQuery } from "@/lib/audit/schemas";
import { sentenceText } from "@/lib/audit/sentence-parts";
import { addToPipeline } from "@/lib/pipeline/add-to-pipeline";
import { moveDealStage } from "@/lib/pipeline/move-deal-stage";
import { addToPipelineSchema, moveDealStageSchema } from "@/lib/pipeline/schemas";
import { createTenant, createTenantProject } from "../support/test-db";

const query: AuditQuery = { page: 1, pageSize: 100 };
const log = async (reader: Actor) => (await listAuditLogs(reader, query)).rows.map((row) => sentenceText(row.sentence));

describe("the deal pipeline in the audit log", () => {
  it("has a sentence for every action lib/pipeline audits", () => {
    const dir = path.join(import.meta.dirname, "../../lib/pipeline");
    const actions = readdirSync(dir)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => readFileSync(path.join(dir, file), "utf8").split("\n"))
      .filter((line) => /\baction: /.test(line))
      .flatMap((line) => [...line.matchAll(/"(deal\.[a-z_]+)"/g)].map((m) => m[1]!));
    expect(actions).toEqual(expect.arrayContaining(["deal.added", "deal.stage_changed"]));
    expect(actions.filter((code) => !(code in AUDIT_SENTENCES))).toEqual([]);
  });

  it("says who added and moved which project, between which stages and why", async () => {
    const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
    const ally = await createTenant({ type: "ALLY" });
    const project = await createTenantProject(ally, { isPublished: true, name: `Lodwar Solar ${ally.org.id.slice(0, 6)}` });
    const entry = await addToPipeline(investor, addToPipelineSchema.parse({ projectId: project.id, reason: "Fits the East Africa mandate" }));
    await moveDealStage(investor, moveDealStageSchema.parse({ entryId: entry.id, from: "sourced", to: "investment_committee", reason: "NDA signed" }));
    await moveDealStage(investor, moveDealStageSchema.parse({ entryId: entry.id, from: "investment_committee", to: "closed_lost", reason: "Tariff too low" }));
    const me = investor.user.fullName;
    const sentences = await log(investor);
    expect(sentences).toEqual(
      expect.arrayContaining([
        `${me} added ${project.name} to the pipeline in Sourced: “Fits the East Africa mandate”`,
        `${me} moved ${project.name} from Sourced to Investment committee: “NDA signed”`,
        `${me} moved ${project.name} from Investment committee to Closed lost: “Tariff too low”`,
      ]),
    );
    expect(sentences).toHaveLength(3);
    // The ally's log holds none of the investor's pipeline.
    expect(await log(ally)).toEqual([]);
  });

  it("reads an entry whose project is gone, or whose stage is unknown, without failing", () => {
    const say = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown>) =>
      sentenceText(
        describeAuditEntry({ action, entityType: "Project", actor: "Priya Nair", entity: null, before: before as never, after: after as never, ref: () => null }),
      );
    expect(say("deal.added", null, { stage: "screening", reason: "" })).toBe("Priya Nair added a project to the pipeline in Screening");
    expect(say("deal.stage_changed", { stage: "legacy" }, { stage: "closed_won", reason: "Signed" })).toBe(
      "Priya Nair moved a project from another stage to Closed won: “Signed”",
    );
  });
});
